// What the search found: the order, its province and state, or a plain statement of what went wrong.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { filingStatusLabel, provinceName } from '../../lib/filing-labels.ts';
import type { OrderLookup } from './order-lookup.ts';

type OrderResultProps = { orderNo: string; filing: OrderLookup | undefined; error: unknown };

export function OrderResult({ orderNo, filing, error }: OrderResultProps) {
  const { t, i18n } = useTranslation();
  if (error) {
    // The API answers alike for an unknown number and a filing that is not waiting for its photo.
    if (isApiError(error, 'NOT_FOUND')) return <Alert tone="info">{t('photoPoint.notFound', { orderNo })}</Alert>;
    return <Alert tone="error">{errorMessage(error)}</Alert>;
  }
  if (!filing) return null;
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t('photoPoint.orderNo')}</dt>
        <dd className="mono">{filing.orderNo}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('photoPoint.province')}</dt>
        <dd>{provinceName(filing.province, i18n.language)}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('photoPoint.status')}</dt>
        <dd>{filingStatusLabel(t, filing.status)}</dd>
      </div>
    </dl>
  );
}
