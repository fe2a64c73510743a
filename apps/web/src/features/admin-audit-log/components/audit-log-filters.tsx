// Filters for the audit log: the person (from the people in the log), the filing's order number, the actions (by the
// catalogue's groups) and Beijing dates. Applying them rewrites the address, so the view is linkable.
import { trimmed } from '@beian/contracts';
import { useEffect } from 'react';
import { type Control, type UseFormRegisterReturn, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useAuditActors } from '../api/use-audit-log.ts';
import { type AuditLogFilters as Filters, hasFilters } from '../audit-log-address.ts';
import { ActionPicker } from './action-picker.tsx';

const FiltersSchema = z
  .object({
    actor: z.string(),
    orderNo: trimmed(40),
    action: z.array(z.string()),
    from: z.string(),
    to: z.string(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'adminAuditLog.fromAfterTo', path: ['to'] });
type FiltersInput = z.input<typeof FiltersSchema>;
type FiltersOutput = z.output<typeof FiltersSchema>;

const asValues = (filters: Filters): FiltersInput => ({
  actor: filters.actor ?? '',
  orderNo: filters.orderNo ?? '',
  action: [...(filters.action ?? [])],
  from: filters.from ?? '',
  to: filters.to ?? '',
});

/** Blank fields are no filter. */
const asFilters = (values: FiltersOutput): Filters => ({
  actor: values.actor || undefined,
  orderNo: values.orderNo || undefined,
  action: values.action.length > 0 ? values.action : undefined,
  from: values.from || undefined,
  to: values.to || undefined,
});

function ActorSelect({ current, field }: { current: string | undefined; field: UseFormRegisterReturn<'actor'> }) {
  const { t } = useTranslation();
  const actors = useAuditActors();
  const listed = actors.data?.actors ?? [];
  return (
    // Drawn again once the people are listed, so the person a linked view names is shown as chosen.
    <SelectField
      key={actors.isSuccess ? 'listed' : 'listing'}
      label={t('adminAuditLog.actor')}
      hint={actors.isError ? t('adminAuditLog.actorsFailed') : undefined}
      {...field}
    >
      <option value="">{t('adminAuditLog.anyActor')}</option>
      {listed.map((actor) => (
        <option key={actor.id} value={actor.id}>
          {t('adminAuditLog.actorOption', { name: actor.displayName, role: t(`common.roles.${actor.role}`) })}
        </option>
      ))}
      {/* A linked view may name someone the list does not (an applicant): keep them selectable. */}
      {current && !listed.some((actor) => actor.id === current) ? <option value={current}>{current}</option> : null}
    </SelectField>
  );
}

export function AuditLogFilters({ current, onApply }: { current: Filters; onApply: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const form = useForm<FiltersInput, unknown, FiltersOutput>({
    resolver: zodFormResolver(FiltersSchema),
    defaultValues: asValues(current),
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  // The address can change without this form (back button, a link): show what is actually applied.
  const key = JSON.stringify(asValues(current));
  useEffect(() => form.reset(JSON.parse(key) as FiltersInput), [form, key]);

  const clear = () => {
    onApply({});
    form.setFocus('actor');
  };

  return (
    <form
      className="filters audit-filters"
      aria-label={t('adminAuditLog.filtersHeading')}
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => onApply(asFilters(values)))(event)}
    >
      <ActorSelect current={current.actor} field={form.register('actor')} />
      <TextField
        label={t('adminAuditLog.orderNo')}
        hint={t('adminAuditLog.orderNoHint')}
        autoComplete="off"
        spellCheck={false}
        error={errors.orderNo?.message}
        {...form.register('orderNo')}
      />
      <TextField
        type="date"
        label={t('adminAuditLog.from')}
        hint={t('adminAuditLog.dateHint')}
        error={errors.from?.message}
        {...form.register('from')}
      />
      <TextField
        type="date"
        label={t('adminAuditLog.to')}
        hint={t('adminAuditLog.dateHint')}
        error={errors.to?.message}
        {...form.register('to')}
      />
      <ActionPicker
        field={form.register('action')}
        control={form.control as unknown as Control<{ action: string[] }>}
      />
      <div className="filters__actions">
        <Button type="submit">{t('adminAuditLog.apply')}</Button>
        {hasFilters(current) ? (
          <Button variant="ghost" onClick={clear}>
            {t('adminAuditLog.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
