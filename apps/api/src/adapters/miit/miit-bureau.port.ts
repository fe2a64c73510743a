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
/** MIIT texts the codes again at most once a minute per submission. */
export const BUREAU_RESEND_SECONDS = 60;

/** Why an SMS check failed: the 24 hours passed, or a verifier's sixth wrong try. */
export const BUREAU_SMS_FAILURES = ['DEADLINE', 'WRONG_CODES'] as const;
export type BureauSmsFailure = (typeof BUREAU_SMS_FAILURES)[number];

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
  /**
   * Everyone MIIT texts a code to; every one must confirm. The console keeps no certificate number in clear, so it
   * hands over the keyed hash of the number's last 6 characters, which the MIIT page asks the verifier to type.
   */
  readonly verifiers: readonly {
    readonly role: BureauVerifierRole;
    readonly name: string;
    readonly mobile: string;
    readonly certEndingMac: string | null;
  }[];
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
  /** When the codes were last texted (submission or resend). */
  readonly codesSentAt: Date;
  /** SMS_EXPIRED only: why. */
  readonly failure: BureauSmsFailure | null;
  readonly autoDecisionDays: number;
  readonly autoDecisionMinutes: number | null;
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
  /** The code or the certificate ending is wrong; `triesLeft` more are allowed. */
  | 'WRONG_CODE'
  /** The window closed (24 h, or too many wrong codes): the filing must be resubmitted. */
  | 'EXPIRED'
  /** No submission is waiting for this mobile's confirmation. */
  | 'NOT_A_VERIFIER';

export type ResendOutcome =
  | 'SENT'
  /** The codes went out less than BUREAU_RESEND_SECONDS ago: `retryAfterSeconds` says when. */
  | 'TOO_SOON'
  /** The check is over (confirmed, failed or decided): nothing to resend. */
  | 'NOT_PENDING';

export interface MiitBureau {
  /**
   * Submits a filing; MIIT texts each verifier a code at once. Idempotent by key: the same key again returns the
   * submission made the first time and texts nobody (the console's key is the filing and its round).
   */
  submit(snapshot: BureauFilingSnapshot, options: { idempotencyKey: string }): Promise<BureauSubmission>;
  /**
   * A verifier's reply on MIIT's page: their mobile, the texted code and the last 6 characters of their certificate
   * number. MIIT finds the submission by the mobile: an open check whose code matches, else the newest one.
   */
  recordSmsConfirmation(input: { mobile: string; code: string; certEnding: string }): Promise<{
    outcome: SmsConfirmationOutcome;
    submission: BureauSubmission | null;
    /** WRONG_CODE: wrong tries this verifier has left before the check fails. */
    triesLeft: number | null;
  }>;
  /** Texts the unconfirmed verifiers their codes again, at most once a minute. */
  resendCodes(id: string): Promise<{ outcome: ResendOutcome; retryAfterSeconds: number; submission: BureauSubmission }>;
  /** The submission as MIIT sees it now (a check past its 24 hours reads SMS_EXPIRED, whether or not swept yet). */
  getSubmission(id: string): Promise<BureauSubmission | null>;
  /** Moves what time has decided (SMS windows that closed, automatic decisions due) and returns what changed. */
  processDue(): Promise<BureauSubmission[]>;
}
