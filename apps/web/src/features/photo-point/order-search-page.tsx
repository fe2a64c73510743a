// /photo-point: the operator's desk: find the applicant's filing by order number.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { orderNoFromAddress, useOrderLookup } from './order-lookup.ts';
import { OrderResult } from './order-result.tsx';
import { OrderSearchForm } from './order-search-form.tsx';

export function OrderSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('orderNo') ?? '';
  // A hand-edited address is checked like the form input, so the API is only asked well-formed numbers.
  const orderNo = orderNoFromAddress(requested);
  const lookup = useOrderLookup(orderNo);

  return (
    <>
      <PageHeader title={t('photoPoint.title')} intro={t('photoPoint.intro')} />
      <Card title={t('photoPoint.searchHeading')}>
        <OrderSearchForm
          initial={requested}
          busy={lookup.isFetching}
          onSearch={(value) => setParams({ orderNo: value })}
        />
      </Card>
      {requested ? (
        <Card title={t('photoPoint.resultHeading')}>
          {/* The live region exists before the answer arrives, so screen readers announce the answer. */}
          <div aria-live="polite">
            {orderNo ? null : <Alert tone="error">{t('validation.orderNo')}</Alert>}
            {orderNo && !lookup.isPending ? (
              <OrderResult orderNo={orderNo} filing={lookup.data} error={lookup.error} />
            ) : null}
          </div>
        </Card>
      ) : null}
    </>
  );
}
