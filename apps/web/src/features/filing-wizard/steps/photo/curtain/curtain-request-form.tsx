// The curtain request: recipient, mainland mobile, and the address picked province → city → district (GB/T 2260, the
// table loaded on demand) with a street line. One free request per account: a refusal because the account already
// has one names that request and shows it.
import { type CurtainRequestInput, CurtainRequestInputSchema, type FirstCurtainRequest } from '@beian/contracts';
import { formatBeijing, PROVINCE_CODES } from '@beian/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';
import { Button } from '../../../../../components/ui/button.tsx';
import { SelectField } from '../../../../../components/ui/select-field.tsx';
import { TextField } from '../../../../../components/ui/text-field.tsx';
import { isApiError } from '../../../../../lib/api-error.ts';
import { errorMessage } from '../../../../../lib/error-message.ts';
import { placeServerErrors } from '../../../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../../../lib/zod-form-resolver.ts';
import { useRequestCurtain } from './curtain-api.ts';
import { useRegions } from './use-regions.ts';

type FormInput = CurtainRequestInput;
const FIELDS = ['recipient', 'mobile', 'provinceCode', 'cityCode', 'districtCode', 'addressDetail'] as const;
const EMPTY: FormInput = {
  recipient: '',
  mobile: '',
  provinceCode: '',
  cityCode: '',
  districtCode: '',
  addressDetail: '',
};

/** The refusal of a second request in the reader's language, from the first request the problem carries. */
export function AlreadyRequested({ first }: { first: FirstCurtainRequest }) {
  const { t } = useTranslation();
  const tracking = first.trackingNo
    ? t('curtain.alreadyTracking', { trackingNo: first.trackingNo })
    : t('curtain.alreadyNoTracking');
  return (
    <Alert tone="info">
      {t('curtain.already', {
        date: formatBeijing(first.requestedAt),
        orderNo: first.orderNo,
        tracking,
      })}
    </Alert>
  );
}

export function CurtainRequestForm({
  filingId,
  further = false,
  onAlreadyRequested,
}: {
  filingId: string;
  /** A further curtain an admin granted: the postage is the applicant's (到付). */
  further?: boolean;
  onAlreadyRequested: () => void;
}) {
  const { t } = useTranslation();
  const regions = useRegions();
  const send = useRequestCurtain(filingId);
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<FormInput, unknown, CurtainRequestInput>({
    resolver: zodFormResolver(CurtainRequestInputSchema),
    mode: 'onTouched',
    defaultValues: EMPTY,
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;
  const [provinceCode, cityCode] = form.watch(['provinceCode', 'cityCode']);
  const cities = regions.data?.citiesOf(provinceCode) ?? [];
  const districts = regions.data?.districtsOf(cityCode) ?? [];

  const submit = async (input: CurtainRequestInput) => {
    setFailure(undefined);
    try {
      await send.mutateAsync(input);
    } catch (error) {
      if (isApiError(error, 'CURTAIN_ALREADY_REQUESTED')) onAlreadyRequested();
      if (!placeServerErrors(error, form.setError, FIELDS)) setFailure(error);
    }
  };

  // A new province (city) empties the levels below it: their old choice belongs to another place.
  const province = form.register('provinceCode', {
    onChange: () => {
      form.setValue('cityCode', '');
      form.setValue('districtCode', '');
    },
  });
  const city = form.register('cityCode', { onChange: () => form.setValue('districtCode', '') });
  const first = isApiError(failure, 'CURTAIN_ALREADY_REQUESTED') ? failure.problem.firstRequest : undefined;

  return (
    <form
      className="form curtain-form"
      noValidate
      aria-labelledby="curtain-form-title"
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
    >
      <h4 className="curtain__title" id="curtain-form-title">
        {further ? t('curtain.form.furtherTitle') : t('curtain.form.title')}
      </h4>
      {further ? (
        <Alert tone="info">{t('curtain.form.furtherIntro')}</Alert>
      ) : (
        <p className="muted">{t('curtain.form.intro')}</p>
      )}
      {first ? <AlreadyRequested first={first} /> : null}
      {failure && !first ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
      {regions.isError ? <Alert tone="error">{t('curtain.form.regionsFailed')}</Alert> : null}
      <TextField
        label={t('curtain.form.recipient')}
        autoComplete="name"
        required
        error={errors.recipient?.message}
        {...form.register('recipient')}
      />
      <TextField
        label={t('curtain.form.mobile')}
        hint={t('curtain.form.mobileHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
        required
        error={errors.mobile?.message}
        {...form.register('mobile')}
      />
      <SelectField
        label={t('curtain.form.province')}
        required
        hint={regions.isPending ? t('curtain.form.regionsLoading') : undefined}
        disabled={!regions.data}
        error={errors.provinceCode?.message}
        {...province}
      >
        <option value="">{t('curtain.form.choose')}</option>
        {regions.data
          ? PROVINCE_CODES.map((code) => (
              <option key={code} value={code}>
                {regions.data.provinceFullName(code)}
              </option>
            ))
          : null}
      </SelectField>
      <SelectField
        label={t('curtain.form.city')}
        required
        disabled={cities.length === 0}
        error={errors.cityCode?.message}
        {...city}
      >
        <option value="">{provinceCode ? t('curtain.form.choose') : t('curtain.form.chooseProvinceFirst')}</option>
        {cities.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('curtain.form.district')}
        required
        disabled={districts.length === 0}
        error={errors.districtCode?.message}
        {...form.register('districtCode')}
      >
        <option value="">{cityCode ? t('curtain.form.choose') : t('curtain.form.chooseCityFirst')}</option>
        {districts.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('curtain.form.addressDetail')}
        hint={t('curtain.form.addressDetailHint')}
        autoComplete="street-address"
        required
        error={errors.addressDetail?.message}
        {...form.register('addressDetail')}
      />
      <div>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? t('curtain.form.submitting')
            : further
              ? t('curtain.form.submitFurther')
              : t('curtain.form.submit')}
        </Button>
      </div>
    </form>
  );
}
