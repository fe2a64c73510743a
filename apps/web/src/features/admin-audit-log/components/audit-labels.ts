// The words of an audit entry in the reader's language: the action's label, the target by name, and a changed
// field's label and value (filing statuses and roles by their labels, yes/no, lists joined). Names the catalogue
// does not know are shown as they are written.
import type { AuditLogEntry } from '@beian/contracts';
import { FILING_STATES, type FilingState } from '@beian/domain';
import { useTranslation } from 'react-i18next';

/** Keys built from data (an action, a record type, a field) are looked up as plain strings, after i18n.exists. */
type Lookup = (key: string) => string;
const lookup = (t: unknown) => t as Lookup;

const ROLES = ['APPLICANT', 'REVIEWER', 'ADMIN', 'OPERATOR'] as const;
const isFilingState = (value: string): value is FilingState => (FILING_STATES as readonly string[]).includes(value);
const isRole = (value: string): value is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(value);

export function useActionLabel() {
  const { t, i18n } = useTranslation();
  return (action: string) => {
    const key = `adminAuditLog.actions.${action}`;
    return i18n.exists(key) ? lookup(t)(key) : action;
  };
}

/** "账号：吴审核（wu@example.cn）", "规则集：省级规则 v3", "节假日年度：2027 年"; the id when the record is gone. */
export function useTargetLabel() {
  const { t, i18n } = useTranslation();
  return ({ target }: AuditLogEntry): { kind: string; name: string | null } => {
    const typeKey = `adminAuditLog.targetTypes.${target.type}`;
    const kind = i18n.exists(typeKey) ? lookup(t)(typeKey) : target.type;
    let name: string | null = target.id;
    if (target.ruleSet) name = t(`adminAuditLog.ruleSets.${target.ruleSet.kind}`, { version: target.ruleSet.version });
    else if (target.year !== null) name = t('adminAuditLog.calendarYear', { year: target.year });
    else if (target.name) {
      name = target.email ? t('adminAuditLog.nameWithEmail', { name: target.name, email: target.email }) : target.name;
    }
    return { kind, name };
  };
}

/** A field's label and a value as plain words. */
export function useFieldWords() {
  const { t, i18n } = useTranslation();
  // An action named in a detail (what an export was filtered by) reads as its label.
  const actionLabel = useActionLabel();
  const label = (field: string) => {
    const key = `adminAuditLog.fields.${field}`;
    return i18n.exists(key) ? lookup(t)(key) : field;
  };
  const value = (input: unknown): string => {
    if (input === null || input === undefined) return t('adminAuditLog.none');
    if (typeof input === 'boolean') return input ? t('adminAuditLog.change.yes') : t('adminAuditLog.change.no');
    if (typeof input === 'string') {
      if (isFilingState(input)) return t(`filingStatus.${input}`);
      if (isRole(input)) return t(`common.roles.${input}`);
      return actionLabel(input);
    }
    if (typeof input === 'number') return String(input);
    if (Array.isArray(input)) return input.map(value).join(t('adminAuditLog.listSeparator'));
    const object = input as Record<string, unknown>;
    if (typeof object.message === 'string') return object.message;
    return Object.entries(object)
      .map(([field, inner]) => `${label(field)}: ${value(inner)}`)
      .join(t('adminAuditLog.listSeparator'));
  };
  return { label, value };
}
