// The fields of a photo point, for creating one and editing one: province and city chosen from the region list
// (a new province empties the city), the phone and opening hours checked by the same rules as the API.
import { type PhotoPointFields, type PhotoPointFieldsInput, PhotoPointFieldsSchema } from '@beian/contracts';
import { PROVINCE_CODES } from '@beian/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useRegionNames } from '../use-region-names.ts';

const FIELDS = ['province', 'city', 'name', 'address', 'hours', 'phone'] as const;

export const EMPTY_POINT: PhotoPointFieldsInput = {
  province: '',
  city: '',
  name: '',
  address: '',
  hours: '',
  phone: '',
};

type Props = {
  initial: PhotoPointFieldsInput;
  submitLabel: string;
  /** Saves; a thrown problem is placed on its fields, or shown above them (unless `onFailure` takes it). */
  onSave: (fields: PhotoPointFields) => Promise<unknown>;
  /** Errors the caller explains itself (another admin's edit); true when it did. */
  onFailure?: (error: unknown) => boolean;
  onCancel?: () => void;
  labelledBy: string;
};

export function PhotoPointForm({ initial, submitLabel, onSave, onFailure, onCancel, labelledBy }: Props) {
  const { t } = useTranslation();
  const { regions, provinceLabel, citiesOf } = useRegionNames();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<PhotoPointFieldsInput, unknown, PhotoPointFields>({
    resolver: zodFormResolver(PhotoPointFieldsSchema),
    mode: 'onTouched',
    defaultValues: initial,
  });
  useRetranslateErrors(form);
  const { errors, isSubmitting } = form.formState;
  const province = form.watch('province');
  const cities = citiesOf(province, province === initial.province ? initial.city : undefined);

  const submit = async (fields: PhotoPointFields) => {
    setFailure(undefined);
    try {
      await onSave(fields);
    } catch (error) {
      if (onFailure?.(error)) return;
      if (!placeServerErrors(error, form.setError, FIELDS)) setFailure(error);
    }
  };

  // A new province empties the city: the old one belongs to another province.
  const provinceField = form.register('province', { onChange: () => form.setValue('city', '') });

  return (
    <form
      className="form form--narrow"
      noValidate
      aria-labelledby={labelledBy}
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
      {regions.isError ? <Alert tone="error">{t('adminPhotoPoints.form.regionsFailed')}</Alert> : null}
      <TextField
        label={t('adminPhotoPoints.form.name')}
        required
        autoComplete="off"
        error={errors.name?.message}
        {...form.register('name')}
      />
      <SelectField
        label={t('adminPhotoPoints.form.province')}
        required
        error={errors.province?.message}
        {...provinceField}
      >
        <option value="">{t('adminPhotoPoints.form.choose')}</option>
        {PROVINCE_CODES.map((code) => (
          <option key={code} value={code}>
            {provinceLabel(code)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('adminPhotoPoints.form.city')}
        required
        hint={regions.isPending ? t('adminPhotoPoints.form.regionsLoading') : undefined}
        disabled={cities.length === 0}
        error={errors.city?.message}
        {...form.register('city')}
      >
        <option value="">
          {province ? t('adminPhotoPoints.form.choose') : t('adminPhotoPoints.form.chooseProvinceFirst')}
        </option>
        {cities.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('adminPhotoPoints.form.address')}
        hint={t('adminPhotoPoints.form.addressHint')}
        required
        autoComplete="off"
        error={errors.address?.message}
        {...form.register('address')}
      />
      <TextField
        label={t('adminPhotoPoints.form.hours')}
        hint={t('adminPhotoPoints.form.hoursHint')}
        required
        autoComplete="off"
        error={errors.hours?.message}
        {...form.register('hours')}
      />
      <TextField
        label={t('adminPhotoPoints.form.phone')}
        hint={t('adminPhotoPoints.form.phoneHint')}
        type="tel"
        inputMode="tel"
        required
        autoComplete="off"
        error={errors.phone?.message}
        {...form.register('phone')}
      />
      <div className="filters__actions">
        <Button type="submit" busy={isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('adminPhotoPoints.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
