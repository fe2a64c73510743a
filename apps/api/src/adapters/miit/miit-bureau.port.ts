// What the API needs from the provincial Communications Administration (管局) behind MIIT: take a submitted filing,
// run the SMS check with its verifiers (工信部短信核验), and report the bureau's decision.
import type { FilingType, SubjectNature } from '@beian/domain';

export const BUREAU_STATUSES = ['SMS_PENDING', 'SMS_EXPIRED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED'] as const;
export type BureauStatus = (typeof BUREAU_STATUSES)[number];

export const BUREAU_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type BureauDecision = (typeof BUREAU_DECISIONS)[number];

export type BureauVerifierRole = 'SUBJECT_PRINCIPAL' | 'WEBSITE_PRINCIPAL';

/** The SMS check window and tries (docs/design.md §5.7): 24 hours, and the sixth wrong code ends it. */
export const BUREAU_SMS_HOURS = 24;
export const BUREAU_SMS_MAX_WRONG_CODES = 5;

/** What is sent to the bureau. Certificates travel masked: the bureau simulator has no use for the number. */
export interface BureauFilingSnapshot {
  readonly filingId: string;
  readonly orderNo: string;
  readonly provinceCode: string;
  readonly filingType: FilingType;
  readonly subject: {
    readonly subjectFilingNo: string | null;
    readonly name: string;
    readonly nature: SubjectNature;
    readonly certType: string;
    readonly certMasked: string;
  };
  readonly websites: readonly {
    readonly websiteFilingNo: string | null;
    readonly name: string;
    readonly domains: readonly string[];
  }[];
  /** Everyone MIIT texts a code to; every one must confirm. */
  readonly verifiers: readonly { readonly role: BureauVerifierRole; readonly name: string; readonly mobile: string }[];
}

export interface BureauVerifier {
  readonly role: BureauVerifierRole;
  readonly name: string;
  readonly mobileMasked: string;
  readonly wrongCodes: number;
  readonly confirmedAt: Date | null;
}

export interface BureauSubmission {
  readonly id: string;
  readonly filingId: string;
  readonly orderNo: string;
  readonly provinceCode: string;
  readonly status: BureauStatus;
  readonly subject: BureauFilingSnapshot['subject'];
  readonly websites: BureauFilingSnapshot['websites'];
  readonly verifiers: readonly BureauVerifier[];
  readonly submittedAt: Date;
  readonly smsDeadline: Date;
  readonly smsConfirmedAt: Date | null;
  readonly autoDecisionDays: number;
  readonly autoDecideAt: Date | null;
  readonly decidedAt: Date | null;
  /** 'AUTO' or the deciding admin's account id. */
  readonly decidedBy: string | null;
  readonly reason: string | null;
}

export type SmsConfirmationOutcome =
  /** This verifier is done; `submission.status` says whether every verifier is. */
  | 'CONFIRMED'
  | 'ALREADY_CONFIRMED'
  | 'WRONG_CODE'
  /** The window closed (24 h, or too many wrong codes): the filing must be resubmitted. */
  | 'EXPIRED'
  | 'NOT_A_VERIFIER';

export interface MiitBureau {
  /** Submits a filing; MIIT texts each verifier a code at once. */
  submit(snapshot: BureauFilingSnapshot): Promise<BureauSubmission>;
  /** A verifier's reply with the texted code. */
  recordSmsConfirmation(input: {
    submissionId: string;
    mobile: string;
    code: string;
  }): Promise<{ outcome: SmsConfirmationOutcome; submission: BureauSubmission }>;
  getSubmission(id: string): Promise<BureauSubmission | null>;
  /** Moves what time has decided (SMS windows that closed, automatic decisions due) and returns what changed. */
  processDue(): Promise<BureauSubmission[]>;
}
