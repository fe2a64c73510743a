// Whether a domain can be filed for this subject: its name and suffix, and the registrar's record (expiry,
// registrar approval, real-name verification, and a registrant that is the subject).
import { isOrganisation, type SubjectNature } from '../glossary.ts';
import { type NormalizedDomain, normalizeDomain } from '../validators/domain-name.ts';
import { isFileableSuffix } from '../validators/fileable-suffix.ts';
import { type Check, checkFromResult, failed, passed, warned } from './check.ts';

/** A person or organisation as certificates identify it. */
export interface CertHolder {
  readonly name: string;
  readonly certType: string;
  readonly certNumber: string;
}

export interface DomainRecord {
  readonly domain: string;
  readonly registrant: CertHolder;
  readonly registrarApproved: boolean;
  readonly realNameVerified: boolean;
  readonly expiresAt: Date;
}

export const RELATED_PERSON_ROLES = ['SHAREHOLDER', 'PRINCIPAL', 'SENIOR_MANAGER'] as const;
export type RelatedPersonRole = (typeof RELATED_PERSON_ROLES)[number];

export interface FilingSubject extends CertHolder {
  readonly nature: SubjectNature;
  /** For organisations: shareholders, principal and senior managers from the business registry. */
  readonly relatedPersons?: readonly (CertHolder & { readonly role: RelatedPersonRole })[];
}

/** Several provinces ask for three months of registration left; less is shown as a warning. */
export const DOMAIN_EXPIRY_WARNING_DAYS = 90;

// Registries and applicants disagree on full-width brackets and spacing in organisation names; neither matters.
const sameName = (a: string, b: string) => {
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
  return norm(a) === norm(b);
};
const sameCert = (a: CertHolder, b: CertHolder) =>
  a.certType === b.certType && a.certNumber.trim().toUpperCase() === b.certNumber.trim().toUpperCase();

function registrantCheck(registrant: CertHolder, subject: FilingSubject): Check {
  const name = sameName(registrant.name, subject.name);
  const cert = sameCert(registrant, subject);
  if (name && cert) return passed('DOMAIN_REGISTRANT');
  const related = isOrganisation(subject.nature)
    ? subject.relatedPersons?.some((person) => sameName(person.name, registrant.name) && sameCert(person, registrant))
    : false;
  if (related) return warned('DOMAIN_REGISTRANT', 'DOMAIN_REGISTRANT_RELATED_PERSON');
  return failed('DOMAIN_REGISTRANT', name ? 'DOMAIN_REGISTRANT_CERT_MISMATCH' : 'DOMAIN_REGISTRANT_NAME_MISMATCH');
}

export function checkDomainRecord(input: { record: DomainRecord | null; subject: FilingSubject; now: Date }): Check[] {
  const { record } = input;
  if (record === null) return [failed('DOMAIN_RECORD', 'DOMAIN_RECORD_NOT_FOUND')];
  const left = record.expiresAt.getTime() - input.now.getTime();
  return [
    passed('DOMAIN_RECORD'),
    left <= 0
      ? failed('DOMAIN_EXPIRY', 'DOMAIN_EXPIRED')
      : left < DOMAIN_EXPIRY_WARNING_DAYS * 86_400_000
        ? warned('DOMAIN_EXPIRY', 'DOMAIN_EXPIRING_SOON')
        : passed('DOMAIN_EXPIRY'),
    record.registrarApproved ? passed('DOMAIN_REGISTRAR') : failed('DOMAIN_REGISTRAR', 'DOMAIN_REGISTRAR_NOT_APPROVED'),
    record.realNameVerified ? passed('DOMAIN_REAL_NAME') : failed('DOMAIN_REAL_NAME', 'DOMAIN_NOT_REAL_NAME_VERIFIED'),
    registrantCheck(record.registrant, input.subject),
  ];
}

/** The typed domain normalised and its suffix checked against the MIIT list; `domain` is what to look up next. */
export function checkDomainName(
  input: string,
  suffixes?: readonly string[],
): { domain: NormalizedDomain | null; checks: Check[] } {
  const normalized = normalizeDomain(input);
  if (!normalized.ok) return { domain: null, checks: [failed('DOMAIN_NAME', normalized.reason)] };
  const suffix = isFileableSuffix(normalized.value.suffix, suffixes);
  return { domain: normalized.value, checks: [passed('DOMAIN_NAME'), checkFromResult('DOMAIN_SUFFIX', suffix)] };
}
