// Turns the seed definitions into table rows: ASCII domains, filing numbers, hashed certificates and passwords,
// dates relative to the seeding moment, and ids derived from natural keys so a second run inserts nothing new.
import { createHash } from 'node:crypto';
import { formatFilingNumber, normalizeDomain } from '@beian/domain';
import { createFilingPasswordHasher } from '../../adapters/miit/filing-password.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { SeedDomainRecord } from './domain-records.seed.ts';
import type { SeedSubject } from './miit-subjects.seed.ts';

const DAY_MS = 86_400_000;

/** A UUID that is a function of `name` (same bytes every run), shaped like version 5. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(`beian-sim:${name}`).digest('hex');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function asciiDomain(domain: string): string {
  const normalized = normalizeDomain(domain);
  if (!normalized.ok) throw new RangeError(`Seed domain ${domain} is not valid: ${normalized.reason}`);
  return normalized.value.domain;
}

export const subjectFilingNo = (s: SeedSubject) => formatFilingNumber({ province: s.provinceCode, serial: s.serial });

export function miitRows(subjects: readonly SeedSubject[], certHasher: CertHasher, secretKey: string, now: Date) {
  const passwords = createFilingPasswordHasher(secretKey);
  const subjectRows: Prisma.SimMiitSubjectCreateManyInput[] = [];
  const websiteRows: Prisma.SimMiitWebsiteCreateManyInput[] = [];
  const domainRows: Prisma.SimMiitWebsiteDomainCreateManyInput[] = [];
  for (const s of subjects) {
    const filingNo = subjectFilingNo(s);
    const subjectId = stableUuid(`miit-subject:${filingNo}`);
    subjectRows.push({
      id: subjectId,
      subjectFilingNo: filingNo,
      provinceCode: s.provinceCode,
      nature: s.nature,
      createdAt: now,
      name: s.holder.name,
      certType: s.holder.certType,
      certHash: certHasher.hash(s.holder.certNumber),
      certMasked: certHasher.mask(s.holder.certNumber),
      principalName: s.principalName,
      certificateAddress: s.certificateAddress,
      mailingAddress: s.mailingAddress ?? s.certificateAddress,
      filingPasswordHash: passwords.hash(filingNo, s.filingPassword),
      relatedPersons: (s.relatedPersons ?? []).map((p) => ({
        name: p.holder.name,
        certType: p.holder.certType,
        certHash: certHasher.hash(p.holder.certNumber),
        certMasked: certHasher.mask(p.holder.certNumber),
        role: p.role,
      })),
    });
    s.websites.forEach((w, i) => {
      const websiteFilingNo = `${filingNo}-${i + 1}`;
      const websiteId = stableUuid(`miit-website:${websiteFilingNo}`);
      websiteRows.push({
        id: websiteId,
        websiteFilingNo,
        subjectId,
        name: w.name,
        homepageUrl: `https://www.${w.domains[0]}`,
        contentType: w.contentType,
        accessProviders: [...w.accessProviders],
      });
      for (const [position, d] of w.domains.entries()) domainRows.push({ domain: asciiDomain(d), websiteId, position });
    });
  }
  return { subjectRows, websiteRows, domainRows };
}

export const domainRecordRow = (
  r: SeedDomainRecord,
  certHasher: CertHasher,
  now: Date,
): Prisma.SimDomainRecordCreateManyInput => ({
  domain: asciiDomain(r.domain),
  createdAt: now,
  registrar: r.registrar,
  registrarApproved: r.registrarApproved,
  realNameVerified: r.realNameVerified,
  registeredAt: new Date(now.getTime() - r.registeredDaysAgo * DAY_MS),
  expiresAt: new Date(now.getTime() + r.expiresInDays * DAY_MS),
  registrantName: r.registrant.name,
  registrantCertType: r.registrant.certType,
  registrantCertHash: certHasher.hash(r.registrant.certNumber),
  registrantCertMasked: certHasher.mask(r.registrant.certNumber),
});
