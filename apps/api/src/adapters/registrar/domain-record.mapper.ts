// Feeds a WHOIS record to checkDomainRecord from @beian/domain. The check compares certificate numbers, and the
// registries only have hashes, so both sides go in hashed: the registrant as stored, the subject through filingSubjectFor.
import type { DomainRecord, FilingSubject, SubjectNature } from '@beian/domain';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { RegistryRelatedPerson } from '../miit/miit.port.ts';
import type { WhoisRecord } from './registrar.port.ts';

export const toDomainRecord = (whois: WhoisRecord): DomainRecord => ({
  domain: whois.domain,
  registrarApproved: whois.registrarApproved,
  realNameVerified: whois.realNameVerified,
  expiresAt: whois.expiresAt,
  registrant: {
    name: whois.registrant.name,
    certType: whois.registrant.certType,
    certNumber: whois.registrant.certHash,
  },
});

/**
 * The subject for checkDomainRecord: the typed certificate (hashed), and the registry's related persons (stored
 * hashed) so that a shareholder or principal registering the domain is recognised.
 */
export function filingSubjectFor(
  input: {
    nature: SubjectNature;
    certType: string;
    certNumber: string;
    name: string;
    relatedPersons: readonly RegistryRelatedPerson[];
  },
  certHasher: CertHasher,
): FilingSubject {
  return {
    nature: input.nature,
    name: input.name,
    certType: input.certType,
    certNumber: certHasher.hash(input.certNumber),
    relatedPersons: input.relatedPersons.map((p) => ({
      name: p.name,
      certType: p.certType,
      certNumber: p.certHash,
      role: p.role,
    })),
  };
}
