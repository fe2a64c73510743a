// The accounts' search and filters: applied on 查询 (or Enter), so typing does not refetch on every key.
import { ROLES } from '@beian/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import type { AccountFilter } from '../api/admin-users-api.ts';

export function AccountFilters({ value, onApply }: { value: AccountFilter; onApply: (filter: AccountFilter) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };
  return (
    <form className="filters" aria-label={t('adminUsers.filters.label')} onSubmit={submit}>
      <TextField
        label={t('adminUsers.filters.q')}
        hint={t('adminUsers.filters.qHint')}
        type="search"
        maxLength={100}
        value={draft.q}
        onChange={(event) => setDraft({ ...draft, q: event.target.value })}
      />
      <SelectField
        label={t('adminUsers.filters.role')}
        value={draft.role}
        onChange={(event) => setDraft({ ...draft, role: event.target.value as AccountFilter['role'] })}
      >
        <option value="">{t('adminUsers.filters.anyRole')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`common.roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('adminUsers.filters.status')}
        value={draft.active}
        onChange={(event) => setDraft({ ...draft, active: event.target.value as AccountFilter['active'] })}
      >
        <option value="">{t('adminUsers.filters.anyStatus')}</option>
        <option value="true">{t('adminUsers.filters.active')}</option>
        <option value="false">{t('adminUsers.filters.inactive')}</option>
      </SelectField>
      <div className="filters__actions">
        <Button type="submit">{t('adminUsers.filters.submit')}</Button>
      </div>
    </form>
  );
}
