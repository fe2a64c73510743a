// /review/returned and /admin/returned: the filings whose MIIT SMS check failed, oldest failure first, each resubmitted
// to the bureau with a reason. The outcome of a resubmission is announced in a live region that then takes the focus,
// since the row and its button are gone.
import type { ReturnedFiling } from '@beian/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { useReturnedFilings } from './api/returned-api.ts';
import { ResubmitDialog } from './components/resubmit-dialog.tsx';
import { ReturnedTable } from './components/returned-table.tsx';
import './review-returned.css';

export function ReturnedFilingsPage({ linkOrders = false }: { linkOrders?: boolean }) {
  const { t } = useTranslation();
  const list = useReturnedFilings();
  const [open, setOpen] = useState<ReturnedFiling | null>(null);
  const [done, setDone] = useState<{ text: string } | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);

  const resubmitted = (filing: ReturnedFiling) => {
    setOpen(null);
    // The resubmission starts the next round of the SMS check.
    setDone({ text: t('returnedFilings.resubmit.done', { orderNo: filing.orderNo, round: filing.round + 1 }) });
  };

  let body: React.ReactNode;
  if (list.isPending) body = <Spinner label={t('returnedFilings.loading')} />;
  else if (list.isError) {
    body = (
      <Alert tone="error" title={t('returnedFilings.loadFailed')}>
        {errorMessage(list.error)}
      </Alert>
    );
  } else if (list.data.filings.length === 0) {
    body = (
      <EmptyState title={t('returnedFilings.empty.title')}>
        <p>{t('returnedFilings.empty.body')}</p>
      </EmptyState>
    );
  } else {
    body = <ReturnedTable filings={list.data.filings} linkOrders={linkOrders} onResubmit={setOpen} />;
  }

  return (
    <>
      <PageHeader title={t('returnedFilings.title')} intro={t('returnedFilings.intro')} />
      {/* Always in the page, so screen readers announce what is put in it. */}
      <div ref={notice} tabIndex={-1} role="status" className="returned-notice">
        {done ? (
          <div className="alert alert--success">
            <div className="alert__body">{done.text}</div>
          </div>
        ) : null}
      </div>
      {/* Takes the focus after a reload, when the row whose button opened the dialog may be gone. */}
      <div ref={results} tabIndex={-1} className="card returned-results">
        {body}
      </div>
      {open ? (
        <ResubmitDialog
          filing={open}
          onDone={resubmitted}
          onCancel={() => setOpen(null)}
          onReload={() => {
            setOpen(null);
            void list.refetch().then(() => results.current?.focus());
          }}
        />
      ) : null}
    </>
  );
}
