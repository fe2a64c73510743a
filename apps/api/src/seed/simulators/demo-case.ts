// The shape of a demo case (what to type on the verify step, what the applicant then sees) and the helpers the case
// lists are written with.
import type { CheckName, FilingType, ReasonCode, SubjectNature } from '@beian/domain';
import { DEMO_RESOURCE_SET } from '../../adapters/cloud/demo-resources.ts';
import { type SeedSubject, SUBJECTS, type SubjectKey } from './miit-subjects.seed.ts';
import type { SeedIdentity } from './seed-identities.ts';

export const DEMO_OUTCOMES = {
  PASS: 'Passes: access filing (接入备案)',
  WARN: 'Passes with a warning for the reviewer',
  DOMAIN: 'Refused: the domain record',
  FILING_TYPE: 'Refused: not an access filing',
  CLOUD: 'Refused: the cloud resource',
  AUTH_CODE: 'Refused: the auth code',
  PROVINCES: 'Passes: one subject in every other province',
} as const;
export type DemoOutcome = keyof typeof DEMO_OUTCOMES;

/** A resource of the demo applicant's list (by its name), or an auth code typed in. */
export type DemoCloud = { readonly resource: string } | { readonly authCode: string };

export interface ExpectedCheck {
  readonly check: CheckName;
  readonly status: 'warn' | 'fail';
  readonly reason: ReasonCode;
}

export interface DemoCase {
  readonly id: string;
  readonly outcome: DemoOutcome;
  readonly provinceCode: string;
  readonly nature: SubjectNature;
  readonly holder: SeedIdentity;
  readonly domain: string;
  readonly cloud: DemoCloud;
  /** What detectFilingType finds (null: the domain belongs to another subject's filing). */
  readonly filingType: FilingType | null;
  /** Every check that does not pass, in check order; empty when all pass. */
  readonly expected: readonly ExpectedCheck[];
  /** What the applicant should understand from the result. */
  readonly note: string;
}

export const GOOD_CVM: DemoCloud = { resource: DEMO_RESOURCE_SET.eligibleCvm.name };
export const fail = (check: CheckName, reason: ReasonCode): ExpectedCheck => ({ check, status: 'fail', reason });
export const warn = (check: CheckName, reason: ReasonCode): ExpectedCheck => ({ check, status: 'warn', reason });

type CaseParts = Omit<DemoCase, 'provinceCode' | 'nature' | 'holder' | 'domain' | 'filingType'> & {
  domain?: string;
  filingType?: FilingType | null;
};

/** A case typed as the filed subject `key` would, with its first domain unless another is given. */
export function bySubject(key: SubjectKey, parts: CaseParts): DemoCase {
  const subject: SeedSubject = SUBJECTS[key];
  return {
    provinceCode: subject.provinceCode,
    nature: subject.nature,
    holder: subject.holder,
    domain: subject.websites[0]?.domains[0] ?? '',
    filingType: 'ACCESS',
    ...parts,
  };
}

export const FILED_ELSEWHERE =
  'The subject and the domain are filed at another provider: an access filing, all checks pass.';
