// The domain registry simulator: WHOIS records with real-name data from its own table (seeded at start). The lookup
// is plain SQL on the pool Prisma shares (docs/decisions/032): the reviewer's detail asks for the filing's domain every
// time it is opened, and through Prisma this one read by primary key took a seventh of that page's CPU.
import { hostToUnicode } from '@beian/domain';
import type { SimDomainRecord } from '../../generated/prisma/client.ts';
import type { Sql } from '../../infra/db.ts';
import type { DomainRegistry } from './registrar.port.ts';

type RecordRead = Omit<SimDomainRecord, 'createdAt'>;

const LOOKUP = `
  SELECT "domain", "registrar", "registrarApproved", "realNameVerified", "registeredAt", "expiresAt",
    "registrantName", "registrantCertType", "registrantCertHash", "registrantCertMasked"
  FROM "SimDomainRecord" WHERE "domain" = $1`;

export function createRegistrarSimulator({ sql }: { sql: Sql }): DomainRegistry {
  return {
    async lookup(domainAscii) {
      const [row] = await sql.query<RecordRead>(LOOKUP, [domainAscii.trim().toLowerCase()]);
      if (!row) return null;
      return {
        domain: row.domain,
        unicode: hostToUnicode(row.domain) ?? row.domain,
        registrar: row.registrar,
        registrarApproved: row.registrarApproved,
        registeredAt: row.registeredAt,
        expiresAt: row.expiresAt,
        realNameVerified: row.realNameVerified,
        registrant: {
          name: row.registrantName,
          certType: row.registrantCertType,
          certHash: row.registrantCertHash,
          certMasked: row.registrantCertMasked,
        },
      };
    },
  };
}
