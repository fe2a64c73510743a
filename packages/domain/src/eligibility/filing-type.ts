// Which kind of filing the verify step has in front of it, from what the MIIT registry knows about the subject and
// the domain, and the one-in-flight-order rule. The console carries only ACCESS through for now.
import type { FilingType } from '../glossary.ts';
import { type Check, failed, passed } from './check.ts';

/** The registry's answer for the subject, looked up by certificate type and number; null when not filed. */
export interface RegistrySubject {
  readonly subjectFilingNo: string;
}

/** The registry's answer for the website that holds the domain; null when the domain is in no filing. */
export interface RegistryWebsite {
  readonly websiteFilingNo: string;
  readonly subjectFilingNo: string;
  /** Access providers currently hosting the website, by their registry id. */
  readonly accessProviders: readonly string[];
}

export interface FilingTypeInput {
  readonly subject: RegistrySubject | null;
  readonly website: RegistryWebsite | null;
  /** This provider's id in the registry. */
  readonly providerId: string;
  readonly supportedTypes?: readonly FilingType[];
}

export interface FilingTypeDetection {
  /** null when the domain belongs to another subject's filing: no type applies. */
  readonly type: FilingType | null;
  /** FILING_TYPE, passing for a supported type; its reason always says why this type was detected. */
  readonly check: Check;
}

function detect({ subject, website, providerId }: FilingTypeInput): { type: FilingType | null; reason: string } {
  if (website !== null && website.subjectFilingNo !== subject?.subjectFilingNo) {
    return { type: null, reason: 'DOMAIN_FILED_BY_OTHER_SUBJECT' };
  }
  if (subject === null) return { type: 'FIRST', reason: 'FILING_TYPE_SUBJECT_NOT_FILED' };
  if (website === null) return { type: 'NEW_WEBSITE', reason: 'FILING_TYPE_DOMAIN_NOT_FILED' };
  if (website.accessProviders.includes(providerId)) {
    return { type: 'NEW_ACCESS', reason: 'FILING_TYPE_ALREADY_ACCESSED_HERE' };
  }
  if (website.accessProviders.length === 0) return { type: 'NEW_ACCESS', reason: 'FILING_TYPE_NO_ACCESS_PROVIDER' };
  return { type: 'ACCESS', reason: 'FILING_TYPE_FILED_ELSEWHERE' };
}

export function detectFilingType(input: FilingTypeInput): FilingTypeDetection {
  const { type, reason } = detect(input);
  const supported = type !== null && (input.supportedTypes ?? ['ACCESS']).includes(type);
  return { type, check: supported ? passed('FILING_TYPE', reason) : failed('FILING_TYPE', reason) };
}

/** One in-flight order per subject and per domain, here or at another provider. */
export const checkNoOrderInFlight = (input: { subjectInFlight: boolean; domainInFlight: boolean }): Check[] => [
  input.subjectInFlight ? failed('SUBJECT_IN_FLIGHT', 'SUBJECT_ORDER_IN_FLIGHT') : passed('SUBJECT_IN_FLIGHT'),
  input.domainInFlight ? failed('DOMAIN_IN_FLIGHT', 'DOMAIN_ORDER_IN_FLIGHT') : passed('DOMAIN_IN_FLIGHT'),
];
