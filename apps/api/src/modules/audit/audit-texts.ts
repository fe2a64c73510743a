// The audit log's words in Simplified Chinese for the CSV export, which is read in a spreadsheet, not in the web app:
// the action, record type and field labels are the ones the app's Chinese locale shows (@beian/contracts
// audit-texts-zh.ts); the roles, statuses and rule sets as a spreadsheet reader needs them.

type Labels = { readonly [key: string]: string | Labels };

function labelAt(labels: Labels, path: readonly string[]): string {
  const found = path.reduce<string | Labels | undefined>(
    (node, key) => (node && typeof node === 'object' ? node[key] : undefined),
    labels,
  );
  if (typeof found !== 'string') throw new Error(`No Chinese label for the audit action ${path.join('.')}`);
  return found;
}

import {
  AUDIT_ACTION_TEXTS_ZH,
  AUDIT_ACTIONS,
  AUDIT_FIELD_TEXTS_ZH,
  AUDIT_TARGET_TEXTS_ZH,
  type AuditAction,
  type AuditTargetType,
  FILING_STATUS_TEXTS_ZH,
  type Role,
} from '@beian/contracts';
import type { FilingState } from '@beian/domain';

/** Each action's label, read from the shared Chinese labels by its dotted name (filing.submit → filing › submit). */
export const ACTION_TEXTS = Object.fromEntries(
  AUDIT_ACTIONS.map((action) => [action, labelAt(AUDIT_ACTION_TEXTS_ZH, action.split('.'))]),
) as Record<AuditAction, string>;

export const TARGET_TEXTS: Record<AuditTargetType, string> = AUDIT_TARGET_TEXTS_ZH;

export const ROLE_TEXTS = {
  APPLICANT: '申请人',
  REVIEWER: '审核员',
  ADMIN: '管理员',
  OPERATOR: '拍照点操作员',
} satisfies Record<Role, string>;

export const SYSTEM_TEXT = '系统';

export const RULE_SET_TEXTS = { PROVINCE_RULES: '省级规则', MIIT_SUFFIXES: '工信部域名后缀' } as const;

export const FILING_STATUS_TEXTS: Record<FilingState, string> = FILING_STATUS_TEXTS_ZH;

/** Field names the writers use in before, after and detail; others are shown as they are named. */
export const FIELD_TEXTS: Record<string, string> = AUDIT_FIELD_TEXTS_ZH;
