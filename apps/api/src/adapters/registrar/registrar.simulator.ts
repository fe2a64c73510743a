// The domain registry simulator: WHOIS records with real-name data from its own table (seeded at start).
import { hostToUnicode } from '@beian/domain';
import type { SimulatorDeps } from '../simulator-deps.ts';
import type { DomainRegistry } from './registrar.port.ts';

export function createRegistrarSimulator({ db }: Pick<SimulatorDeps, 'db'>): DomainRegistry {
  return {
    async lookup(domainAscii) {
      const row = await db.simDomainRecord.findUnique({ where: { domain: domainAscii.trim().toLowerCase() } });
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
