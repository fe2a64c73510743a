// Filters for the audit log: exact action and record type. Applying them rewrites the address, so the view is linkable.
import { AuditLogQuerySchema } from '@beian/contracts';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { type AuditLogFilters as Filters, hasFilters } from '../audit-log-address.ts';

const FiltersSchema = AuditLogQuerySchema.pick({ action: true, targetType: true });
type FiltersInput = z.input<typeof FiltersSchema>;
type FiltersOutput = z.output<typeof FiltersSchema>;

const asValues = (filters: Filters) => ({ action: filters.action ?? '', targetType: filters.targetType ?? '' });

export function AuditLogFilters({ current, onApply }: { current: Filters; onApply: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const form = useForm<FiltersInput, unknown, FiltersOutput>({
    resolver: zodFormResolver(FiltersSchema),
    defaultValues: asValues(current),
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  // The address can change without this form (back button, a link): show what is actually applied.
  const { action, targetType } = current;
  useEffect(() => form.reset(asValues({ action, targetType })), [form, action, targetType]);

  const clear = () => {
    onApply({});
    form.setFocus('action');
  };

  return (
    <form
      className="filters"
      aria-label={t('admin.auditLog.filtersHeading')}
      noValidate
      onSubmit={(event) => void form.handleSubmit(onApply)(event)}
    >
      <TextField
        label={t('admin.auditLog.action')}
        hint={t('admin.auditLog.exactHint')}
        autoComplete="off"
        spellCheck={false}
        error={errors.action?.message}
        {...form.register('action')}
      />
      <TextField
        label={t('admin.auditLog.targetType')}
        hint={t('admin.auditLog.exactHint')}
        autoComplete="off"
        spellCheck={false}
        error={errors.targetType?.message}
        {...form.register('targetType')}
      />
      <div className="filters__actions">
        <Button type="submit">{t('admin.auditLog.apply')}</Button>
        {hasFilters(current) ? (
          <Button variant="ghost" onClick={clear}>
            {t('admin.auditLog.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
