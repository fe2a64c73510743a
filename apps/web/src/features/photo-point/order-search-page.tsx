// /photo-point: the operator's desk: find the applicant's filing by order number (typed, or read from its QR code
// with the camera), check the person against the ID images, and submit the photo taken at the point.
import type { SubmittedPhoto } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { orderNoFromAddress, useOrderLookup } from './order-lookup.ts';
import { OrderResult } from './order-result.tsx';
import { OrderSearchForm } from './order-search-form.tsx';
import { QrScanner } from './qr-scanner.tsx';
import './photo-point.css';

export function OrderSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [scanning, setScanning] = useState(false);
  const [submitted, setSubmitted] = useState<SubmittedPhoto | null>(null);
  const requested = params.get('orderNo') ?? '';
  // A hand-edited address is checked like the form input, so the API is only asked well-formed numbers.
  const orderNo = orderNoFromAddress(requested);
  const lookup = useOrderLookup(submitted ? undefined : orderNo);
  const search = (value: string) => {
    setSubmitted(null);
    setScanning(false);
    setParams({ orderNo: value });
  };

  return (
    <>
      <PageHeader title={t('photoPoint.title')} intro={t('photoPoint.intro')} />
      <Card title={t('photoPoint.searchHeading')}>
        <OrderSearchForm key={requested} initial={requested} busy={lookup.isFetching} onSearch={search} />
        <div className="operator-scan">
          <Button variant="secondary" aria-expanded={scanning} onClick={() => setScanning((open) => !open)}>
            {scanning ? t('photoPoint.scan.stop') : t('photoPoint.scan.open')}
          </Button>
          {scanning ? <QrScanner onOrderNo={search} /> : null}
        </div>
      </Card>
      {requested ? (
        <Card title={t('photoPoint.resultHeading')}>
          {/* The live region exists before the answer arrives, so screen readers announce the answer. */}
          <div aria-live="polite">
            {orderNo ? null : <Alert tone="error">{t('validation.orderNo')}</Alert>}
            {submitted ? (
              <>
                <Alert tone="success">
                  {t('photoPoint.photo.submitted', {
                    orderNo: submitted.orderNo,
                    due: formatBeijing(submitted.secondReviewDueAt, 'dateTime', { deadline: true }),
                  })}
                </Alert>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSubmitted(null);
                    setParams({});
                  }}
                >
                  {t('photoPoint.photo.next')}
                </Button>
              </>
            ) : null}
            {orderNo && !submitted && !lookup.isPending ? (
              <OrderResult orderNo={orderNo} found={lookup.data} error={lookup.error} onSubmitted={setSubmitted} />
            ) : null}
          </div>
        </Card>
      ) : null}
    </>
  );
}
