// /photo-point: the operator's desk: find the applicant's filing by order number.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useOrderLookup } from './order-lookup.ts';
import { OrderResult } from './order-result.tsx';
import { OrderSearchForm } from './order-search-form.tsx';

export function OrderSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const orderNo = params.get('orderNo') ?? '';
  const lookup = useOrderLookup(orderNo || undefined);

  return (
    <>
      <PageHeader title={t('photoPoint.title')} intro={t('photoPoint.intro')} />
      <Card title={t('photoPoint.searchHeading')}>
        <OrderSearchForm
          initial={orderNo}
          busy={lookup.isFetching}
          onSearch={(value) => setParams({ orderNo: value })}
        />
      </Card>
      {orderNo ? (
        <Card title={t('photoPoint.resultHeading')}>
          {/* The live region exists before the answer arrives, so screen readers announce the answer. */}
          <div aria-live="polite">
            {lookup.isPending ? null : <OrderResult orderNo={orderNo} filing={lookup.data} error={lookup.error} />}
          </div>
        </Card>
      ) : null}
    </>
  );
}
