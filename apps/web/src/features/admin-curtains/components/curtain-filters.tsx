// The list's filters: status, province and the planned dispatch dates (Beijing days), applied together on 筛选.
import { CURTAIN_STATUSES, type CurtainStatus } from '@beian/contracts';
import { PROVINCE_CODES } from '@beian/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';
import type { CurtainFilter } from '../api/admin-curtains-api.ts';

type Fields = Pick<CurtainFilter, 'status' | 'provinceCode' | 'from' | 'to'>;

export function CurtainFilters({ onApply }: { onApply: (fields: Fields) => void }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const [provinceCode, setProvinceCode] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      status: (status || undefined) as CurtainStatus | undefined,
      provinceCode: provinceCode || undefined,
      from: from || undefined,
      to: to || undefined,
    });
  };
  const reset = () => {
    setStatus('');
    setProvinceCode('');
    setFrom('');
    setTo('');
    onApply({});
  };

  return (
    <form className="curtain-filters" aria-label={t('adminCurtains.filters.legend')} onSubmit={apply}>
      <SelectField label={t('adminCurtains.filters.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t('adminCurtains.filters.anyStatus')}</option>
        {CURTAIN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`adminCurtains.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('adminCurtains.filters.province')}
        value={provinceCode}
        onChange={(e) => setProvinceCode(e.target.value)}
      >
        <option value="">{t('adminCurtains.filters.anyProvince')}</option>
        {PROVINCE_CODES.map((code) => (
          <option key={code} value={code}>
            {provinceName(code, i18n.language)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('adminCurtains.filters.from')}
        type="date"
        value={from}
        onChange={(e) => setFrom(e.target.value)}
      />
      <TextField label={t('adminCurtains.filters.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <div className="curtain-filters__buttons">
        <Button type="submit">{t('adminCurtains.filters.apply')}</Button>
        <Button variant="ghost" onClick={reset}>
          {t('adminCurtains.filters.reset')}
        </Button>
      </div>
    </form>
  );
}
