// The list's filters: words, province, city (of the chosen province) and status. Applying them rewrites the
// address, so a filtered view can be linked and the back button undoes it.
import type { AdminPhotoPointQuery } from '@beian/contracts';
import { PROVINCE_CODES } from '@beian/domain';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { hasFilters } from '../photo-points-address.ts';
import { useRegionNames } from '../use-region-names.ts';

type Values = { q: string; province: string; city: string; active: string };

const asValues = (query: AdminPhotoPointQuery): Values => ({
  q: query.q ?? '',
  province: query.province ?? '',
  city: query.city ?? '',
  active: query.active ?? '',
});

const asQuery = (values: Values): AdminPhotoPointQuery => ({
  q: values.q.trim() || undefined,
  province: values.province || undefined,
  city: (values.province && values.city) || undefined,
  active: values.active === 'true' || values.active === 'false' ? values.active : undefined,
});

export function PhotoPointFilters({
  current,
  onApply,
}: {
  current: AdminPhotoPointQuery;
  onApply: (query: AdminPhotoPointQuery) => void;
}) {
  const { t } = useTranslation();
  const { provinceLabel, citiesOf } = useRegionNames();
  const form = useForm<Values>({ defaultValues: asValues(current) });
  const province = form.watch('province');
  const cities = citiesOf(province, province === current.province ? current.city : undefined);

  // The address can change without this form (back button, a link): show what is actually applied.
  const { q, city, active } = current;
  const applied = current.province;
  useEffect(() => form.reset(asValues({ q, province: applied, city, active })), [form, q, applied, city, active]);

  const clear = () => {
    onApply({});
    form.setFocus('q');
  };

  return (
    <form
      className="filters"
      aria-label={t('adminPhotoPoints.list.filtersHeading')}
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => onApply(asQuery(values)))(event)}
    >
      <TextField
        label={t('adminPhotoPoints.list.q')}
        hint={t('adminPhotoPoints.list.qHint')}
        type="search"
        maxLength={50}
        autoComplete="off"
        {...form.register('q')}
      />
      <SelectField
        label={t('adminPhotoPoints.list.province')}
        {...form.register('province', { onChange: () => form.setValue('city', '') })}
      >
        <option value="">{t('adminPhotoPoints.list.allProvinces')}</option>
        {PROVINCE_CODES.map((code) => (
          <option key={code} value={code}>
            {provinceLabel(code)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('adminPhotoPoints.list.city')} disabled={!province} {...form.register('city')}>
        <option value="">
          {province ? t('adminPhotoPoints.list.allCities') : t('adminPhotoPoints.list.chooseProvinceFirst')}
        </option>
        {cities.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('adminPhotoPoints.list.active')} {...form.register('active')}>
        <option value="">{t('adminPhotoPoints.list.activeAll')}</option>
        <option value="true">{t('adminPhotoPoints.list.activeOnly')}</option>
        <option value="false">{t('adminPhotoPoints.list.inactiveOnly')}</option>
      </SelectField>
      <div className="filters__actions">
        <Button type="submit">{t('adminPhotoPoints.list.apply')}</Button>
        {hasFilters(current) ? (
          <Button variant="ghost" onClick={clear}>
            {t('adminPhotoPoints.list.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
