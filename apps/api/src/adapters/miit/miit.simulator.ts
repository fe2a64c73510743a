// The MIIT registry simulator: filed subjects, websites and filing passwords from its own tables (seeded at start).
import type { Sql } from '../../infra/db.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { SimulatorDeps } from '../simulator-deps.ts';
import { createFilingPasswordHasher } from './filing-password.ts';
import { toMiitSubject, toMiitWebsite, websiteInclude } from './miit.mapper.ts';
import type { MiitRegistry } from './miit.port.ts';
import { createMiitSubjectsRepository } from './miit-subjects.repository.ts';

export type MiitSimulatorDeps = Pick<SimulatorDeps, 'db'> & { sql: Sql; certHasher: CertHasher; secretKey: string };

export function createMiitSimulator({ db, sql, certHasher, secretKey }: MiitSimulatorDeps): MiitRegistry {
  const passwords = createFilingPasswordHasher(secretKey);
  // A subject with its websites and their domains is one statement (decision 044); the rest reads through Prisma.
  const subjects = createMiitSubjectsRepository(sql);
  return {
    async findSubjectByCert(certType, certNumber) {
      const row = await subjects.byCert(certType, certHasher.hash(certNumber));
      return row ? toMiitSubject(row) : null;
    },

    async findSubjectByFilingNo(subjectFilingNo) {
      const row = await subjects.byFilingNo(subjectFilingNo);
      return row ? toMiitSubject(row) : null;
    },

    async findWebsiteByDomain(domainAscii) {
      const row = await db.simMiitWebsiteDomain.findUnique({
        where: { domain: domainAscii.trim().toLowerCase() },
        include: { website: { include: { ...websiteInclude, subject: { select: { subjectFilingNo: true } } } } },
      });
      if (!row) return null;
      return { ...toMiitWebsite(row.website), subjectFilingNo: row.website.subject.subjectFilingNo };
    },

    async verifyFilingPassword(subjectFilingNo, password) {
      const row = await db.simMiitSubject.findUnique({
        where: { subjectFilingNo },
        select: { filingPasswordHash: true },
      });
      return row !== null && passwords.verify(subjectFilingNo, password, row.filingPasswordHash);
    },
  };
}
