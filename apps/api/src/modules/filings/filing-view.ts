// Filing rows as the contract's views: the summary for lists, and the detail the wizard works from.
import type { FilingDetail, FilingSummary, PrincipalView } from '@beian/contracts';
import type { Filing } from '../../generated/prisma/client.ts';
import { maskMobile } from '../../lib/mask-mobile.ts';
import {
  readChecks,
  readCloudService,
  readSubject,
  readWebsites,
  type StoredPerson,
  type StoredWebsite,
} from './filing-data.ts';
import { nextAction, type Steps, stepsOf, websiteComplete } from './filing-progress.ts';
import type { PasswordLockState } from './password-lock.ts';

/** The columns a summary is made of: the list reads these alone (filing-reads.repository.ts). */
export const SUMMARY_COLUMNS = [
  'id',
  'orderNo',
  'type',
  'status',
  'version',
  'province',
  'domainUnicode',
  'subjectFilingNo',
  'submittedAt',
  'slaDueAt',
  'createdAt',
  'updatedAt',
  // What a draft's next step is worked out from (ProgressRow).
  'passwordVerifiedAt',
  'mobileVerifiedAt',
  'subjectDraft',
  'websites',
] as const satisfies readonly (keyof Filing)[];

export type SummaryRow = Pick<Filing, (typeof SUMMARY_COLUMNS)[number]>;

/** `steps` when the caller has worked them out already; otherwise a draft's are worked out here, and no other's. */
export function toFilingSummary(row: SummaryRow, steps?: Steps): FilingSummary {
  return {
    id: row.id,
    orderNo: row.orderNo,
    type: row.type,
    status: row.status,
    version: row.version,
    province: row.province,
    domain: row.domainUnicode,
    subjectFilingNo: row.subjectFilingNo,
    nextAction: nextAction(row, steps),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewDueAt: row.slaDueAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toPrincipalView = (p: StoredPerson): PrincipalView => ({
  name: p.name,
  certType: p.certType,
  certNumberMasked: p.certMasked,
  mobileMasked: p.mobile ? maskMobile(p.mobile) : null,
  mobile: p.mobile,
  email: p.email,
  emergencyPhone: p.emergencyPhone,
});

const toWebsiteView = (entry: StoredWebsite): FilingDetail['websites'][number] => ({
  websiteFilingNo: entry.websiteFilingNo,
  name: entry.name,
  domains: entry.domains,
  homepageUrl: entry.homepageUrl,
  accessProviders: entry.accessProviders,
  confirmed: entry.confirmed,
  cloudService: entry.cloudService,
  cloudServiceChecks: entry.cloudServiceChecks,
  principal:
    entry.principal === null || entry.principal.sameAsSubject
      ? entry.principal
      : { ...toPrincipalView(entry.principal), sameAsSubject: false },
  complete: websiteComplete(entry),
});

/** `lock` is the subject's filing-password lock, which lives beside the filing (it spans filings and accounts). */
export function toFilingDetail(row: Filing, lock: PasswordLockState): FilingDetail {
  // Each JSON column is parsed once, for the view and the step checks alike.
  const subject = readSubject(row.subjectDraft);
  const websites = readWebsites(row.websites);
  const steps = stepsOf(row, { subject, websites });
  return {
    ...toFilingSummary(row, steps),
    verify: {
      nature: row.nature,
      certType: row.certType,
      certNumberMasked: row.certMasked,
      domain: row.domainUnicode,
      domainAscii: row.domainAscii,
      cloudService: readCloudService(row.cloudService),
      checks: readChecks(row.verifyChecks),
    },
    subject: {
      originalPrincipalName: subject.originalPrincipalName,
      originalPrincipalMatches: subject.originalPrincipalMatches,
      certificateAddress: subject.certificateAddress,
      mailingAddress: subject.mailingAddress,
      principal: toPrincipalView(subject.principal),
      passwordVerified: row.passwordVerifiedAt !== null,
      lockedUntil: lock.lockedUntil?.toISOString() ?? null,
      passwordTriesLeft: lock.triesLeft,
      mobileVerified: row.mobileVerifiedAt !== null,
      complete: steps.subject,
    },
    websites: websites.map(toWebsiteView),
    steps,
  };
}
