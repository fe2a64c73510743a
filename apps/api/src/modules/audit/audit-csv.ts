// The audit log as a spreadsheet reads it: one row per entry in Beijing time, names and Chinese labels in place of
// ids and codes, and each change as "field: value" text rather than JSON.
import type { AuditLogEntry } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { toCsv } from '../../lib/csv.ts';
import {
  ACTION_TEXTS,
  FIELD_TEXTS,
  FILING_STATUS_TEXTS,
  ROLE_TEXTS,
  RULE_SET_TEXTS,
  SYSTEM_TEXT,
  TARGET_TEXTS,
} from './audit-texts.ts';

export const AUDIT_CSV_HEADER = [
  '时间（北京时间）',
  '操作人',
  '角色',
  '操作',
  '对象',
  '备案订单号',
  '变更前',
  '变更后',
  '详情',
] as const;

const textOf = <T extends Record<string, string>>(texts: T, key: string): string | undefined =>
  Object.hasOwn(texts, key) ? texts[key as keyof T] : undefined;

/** A value as plain text: statuses, roles and actions by their label, yes/no, lists joined, reasons by message. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined) return '无';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    return textOf(FILING_STATUS_TEXTS, value) ?? textOf(ROLE_TEXTS, value) ?? textOf(ACTION_TEXTS, value) ?? value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(plainValue).join('、');
  const object = value as Record<string, unknown>;
  if (typeof object.message === 'string') return object.message;
  return plainFields(object);
}

/** `状态：初审中；原因：…` for an object of fields. */
export function plainFields(fields: Record<string, unknown> | null): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([key, value]) => `${FIELD_TEXTS[key] ?? key}：${plainValue(value)}`)
    .join('；');
}

function targetText({ target }: AuditLogEntry): string {
  const kind = textOf(TARGET_TEXTS, target.type) ?? target.type;
  let name: string | null = null;
  if (target.ruleSet) name = `${RULE_SET_TEXTS[target.ruleSet.kind]} v${target.ruleSet.version}`;
  else if (target.year !== null) name = `${target.year} 年`;
  else if (target.name) name = target.email ? `${target.name}（${target.email}）` : target.name;
  else name = target.id;
  return name ? `${kind}：${name}` : kind;
}

function row(entry: AuditLogEntry): string[] {
  return [
    formatBeijing(entry.at, 'dateTimeSeconds'),
    entry.actor ? (entry.actor.displayName ?? entry.actor.id) : SYSTEM_TEXT,
    entry.actor?.role ? ROLE_TEXTS[entry.actor.role] : '',
    textOf(ACTION_TEXTS, entry.action) ?? entry.action,
    targetText(entry),
    entry.filing?.orderNo ?? '',
    plainFields(entry.before),
    plainFields(entry.after),
    plainFields(entry.detail),
  ];
}

/** The CSV text; `cappedAt` adds a closing row saying only the newest that many entries are in the file. */
export function auditCsv(entries: readonly AuditLogEntry[], cappedAt: number | null): string {
  const rows = entries.map(row);
  if (cappedAt !== null) {
    rows.push([`注意：只导出了符合条件的最新 ${cappedAt} 条记录。请缩小筛选范围（例如日期）后分次导出。`]);
  }
  return toCsv(AUDIT_CSV_HEADER, rows);
}
