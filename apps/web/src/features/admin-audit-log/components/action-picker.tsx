// The actions filter: every action of the catalogue as a checkbox, in the catalogue's groups, behind a disclosure that
// says how many are chosen (none chosen is every action).
import { AUDIT_ACTION_GROUP_NAMES, AUDIT_ACTION_GROUPS } from '@beian/contracts';
import { useState } from 'react';
import { type Control, type UseFormRegisterReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/ui/checkbox-field.tsx';
import { useActionLabel } from './audit-labels.ts';

type ActionPickerProps = {
  field: UseFormRegisterReturn<'action'>;
  /** The form's control, watched here alone so ticking a box redraws only this picker. */
  control: Control<{ action: string[] }>;
};

export function ActionPicker({ field, control }: ActionPickerProps) {
  const chosen = useWatch({ control, name: 'action' });
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  // Open at first when the view already filters by action; after that the reader opens and closes it. The boxes are
  // drawn only while open (the form keeps what was ticked).
  const [open, setOpen] = useState(chosen.length > 0);
  const summary =
    chosen.length > 0
      ? t('adminAuditLog.actionPickerSummary', { count: chosen.length })
      : t('adminAuditLog.actionPickerNone');
  return (
    <details className="audit-actions" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="audit-actions__summary">{summary}</summary>
      {open ? (
        <fieldset className="audit-actions__all">
          <legend className="visually-hidden">{t('adminAuditLog.actionPicker')}</legend>
          {AUDIT_ACTION_GROUP_NAMES.map((group) => (
            <fieldset key={group} className="audit-actions__group">
              <legend>{t(`adminAuditLog.groups.${group}`)}</legend>
              {AUDIT_ACTION_GROUPS[group].map((action) => (
                <CheckboxField key={action} label={actionLabel(action)} value={action} {...field} />
              ))}
            </fieldset>
          ))}
        </fieldset>
      ) : null}
    </details>
  );
}
