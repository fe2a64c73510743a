// An entry's change as a person reads it: each field with its label, "before → after" (or only the side there is),
// then the details (reasons, rounds, what was looked up) as label and value.
import type { AuditLogEntry } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { useFieldWords } from './audit-labels.ts';

export function AuditChange({ entry }: { entry: AuditLogEntry }) {
  const { t } = useTranslation();
  const words = useFieldWords();
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const details = Object.entries(entry.detail);
  if (fields.length === 0 && details.length === 0) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('adminAuditLog.none')}</span>
      </>
    );
  }
  return (
    <dl className="audit-change">
      {fields.map((field) => (
        <div key={`change-${field}`} className="audit-change__row">
          <dt>{words.label(field)}</dt>
          <dd>
            {field in before ? <span className="audit-change__before">{words.value(before[field])}</span> : null}
            {field in before && field in after ? (
              <>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {t('adminAuditLog.change.arrow')} </span>
              </>
            ) : null}
            {field in after ? <span className="audit-change__after">{words.value(after[field])}</span> : null}
          </dd>
        </div>
      ))}
      {details.map(([field, value]) => (
        <div key={`detail-${field}`} className="audit-change__row audit-change__row--detail">
          <dt>{words.label(field)}</dt>
          <dd>{words.value(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
