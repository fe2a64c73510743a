// What the search found: the order and its state, or a plain statement of what went wrong.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import type { OrderLookup } from './order-lookup.ts';

type OrderResultProps = { orderNo: string; filing: OrderLookup | undefined; error: unknown };

export function OrderResult({ orderNo, filing, error }: OrderResultProps) {
  const { t, i18n } = useTranslation();
  if (error) {
    if (isApiError(error, 'NOT_FOUND')) return <Alert tone="info">{t('photoPoint.notFound', { orderNo })}</Alert>;
    return <Alert tone="error">{errorMessage(error)}</Alert>;
  }
  if (!filing) return null;
  const statusKey = `common.filingStatus.${filing.status}`;
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t('photoPoint.orderNo')}</dt>
        <dd className="mono">{filing.orderNo}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('photoPoint.status')}</dt>
        {/* A state this build does not know yet is shown by its code rather than hidden. */}
        <dd>{i18n.exists(statusKey) ? t(statusKey as 'common.filingStatus.DRAFT') : filing.status}</dd>
      </div>
    </dl>
  );
}
