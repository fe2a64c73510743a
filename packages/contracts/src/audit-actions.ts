// The catalogue of audit log actions and the kinds of record they concern: every name any part of the API appends,
// grouped as the audit page offers them for filtering. A name written to the log must be listed here (the filter
// refuses any other), and the web app labels each one in every language.
import { FILING_EVENTS, type FilingEvent } from '@beian/domain';

/** `filing.<event>` for each event of the state machine, written with every transition (docs/decisions/026). */
const FILING_ACTIONS = FILING_EVENTS.map((event) => `filing.${event}` as const) as readonly `filing.${FilingEvent}`[];

export const AUDIT_ACTION_GROUPS = {
  filings: FILING_ACTIONS,
  photoPoints: [
    'photoPoint.create',
    'photoPoint.update',
    'photoPoint.deactivate',
    'photoPoint.activate',
    'photoPoint.assignOperator',
    'photoPoint.unassignOperator',
    'photoPoint.lookup',
    'photoPoint.viewIdImage',
  ],
  curtains: ['curtain.ship', 'curtain.deliver', 'curtain.return', 'curtain.grant', 'curtain.export'],
  rules: ['rules.publish', 'suffixes.publish'],
  calendar: ['calendar.publish'],
  accounts: [
    'account.role',
    'account.disable',
    'account.enable',
    'account.invite',
    'account.inviteRevoke',
    'account.inviteAccept',
    'account.passwordReset',
  ],
  review: ['review.assign'],
  simulator: ['simulator.bureau.decide'],
  security: ['setup.first-admin', 'audit.export'],
} as const;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[AuditActionGroup][number];
export const AUDIT_ACTION_GROUP_NAMES = Object.keys(AUDIT_ACTION_GROUPS) as AuditActionGroup[];
export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AUDIT_ACTION_GROUPS).flat();

export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

/**
 * The kinds of record an entry concerns. The first eight are the admin console's (`auditLog` for an export of the log itself); `Account`, `Filing` and
 * `SimBureauSubmission` are the names entries written before it used, still found in older rows.
 */
export const AUDIT_TARGET_TYPES = [
  'filing',
  'photoPoint',
  'curtainRequest',
  'account',
  'invitation',
  'ruleSet',
  'calendarYear',
  'auditLog',
  'Account',
  'Filing',
  'SimBureauSubmission',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
export const isAuditTargetType = (value: string): value is AuditTargetType =>
  (AUDIT_TARGET_TYPES as readonly string[]).includes(value);
