// The queue's filters: province (with how many filings wait in each), subject nature, filing type and overdue only. Each choice
// rewrites the address at once, so the view is linkable and the table follows.
import type { ReviewQueue } from '@beian/contracts';
import { FILING_TYPES, PROVINCES, SUBJECT_NATURES } from '@beian/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField } from '../../../components/ui/checkbox-field.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';
import { type QueueFilters as Filters, hasFilters } from '../queue-address.ts';
import type { FiltersChange } from '../use-address-filters.ts';

type QueueFiltersProps = {
  current: Filters;
  byProvince: ReviewQueue['counts']['byProvince'] | undefined;
  /** Each choice as a change of the latest filters asked for, which may not show yet. */
  onApply: (change: FiltersChange) => void;
};

export function QueueFilters({ current, byProvince, onApply }: QueueFiltersProps) {
  const { t, i18n } = useTranslation();
  const province = useRef<HTMLSelectElement>(null);
  // The box shows a click at once: the address it rewrites is applied in a transition, and a box that waits for it
  // would spring back for a moment (and a click in that moment would be lost).
  const [overdue, setOverdue] = useState(current.overdue === true);
  useEffect(() => setOverdue(current.overdue === true), [current.overdue]);
  const countOf = (code: string) => byProvince?.find((entry) => entry.province === code)?.count ?? 0;
  const clear = () => {
    onApply(() => ({}));
    province.current?.focus();
  };

  return (
    <fieldset className="queue-filters">
      <legend className="visually-hidden">{t('reviewQueue.filters.heading')}</legend>
      <SelectField
        ref={province}
        label={t('reviewQueue.filters.province')}
        value={current.province ?? ''}
        onChange={(event) => {
          const province = event.target.value || undefined;
          onApply((filters) => ({ ...filters, province }));
        }}
      >
        <option value="">{t('reviewQueue.filters.allProvinces')}</option>
        {PROVINCES.map(({ code }) => (
          <option key={code} value={code}>
            {byProvince
              ? t('reviewQueue.filters.provinceOption', {
                  name: provinceName(code, i18n.language),
                  count: countOf(code),
                })
              : provinceName(code, i18n.language)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reviewQueue.filters.nature')}
        value={current.nature ?? ''}
        onChange={(event) => {
          const nature = event.target.value || undefined;
          onApply((filters) => ({ ...filters, nature }));
        }}
      >
        <option value="">{t('reviewQueue.filters.allNatures')}</option>
        {SUBJECT_NATURES.map((nature) => (
          <option key={nature} value={nature}>
            {t(`filing.natures.${nature}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reviewQueue.filters.type')}
        value={current.type ?? ''}
        onChange={(event) => {
          const type = event.target.value || undefined;
          onApply((filters) => ({ ...filters, type }));
        }}
      >
        <option value="">{t('reviewQueue.filters.allTypes')}</option>
        {FILING_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`filing.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t('reviewQueue.filters.overdueOnly')}
        checked={overdue}
        onChange={(event) => {
          const checked = event.target.checked;
          setOverdue(checked);
          onApply((filters) => ({ ...filters, overdue: checked || undefined }));
        }}
      />
      {hasFilters(current) ? (
        <Button variant="ghost" onClick={clear}>
          {t('reviewQueue.filters.clear')}
        </Button>
      ) : null}
    </fieldset>
  );
}
