// /review/filings/:id: the claimed filing under initial or second review: every field with its step-1 checks, the
// registry and domain records against what was entered, in the second review the verification photo beside the ID
// images, the materials with their checklists, and the decision. The claim is renewed while the page is open and
// released when it is left or given back.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { QUEUE_ADDRESSES } from '../review-queue/queue-stage.ts';
import { useReviewFiling } from './api/review-filing-api.ts';
import { FilingReview } from './components/filing-review.tsx';
import { toFilingView } from './filing-view.ts';
import { useReviewLease } from './hooks/use-review-lease.ts';
import { reviewStageOf } from './photo/review-stage.ts';
import { stageWords } from './photo/stage-words.ts';
import './review-filing.css';

export function ReviewFilingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const filing = useReviewFiling(id);
  const [decided, setDecided] = useState<string | null>(null);
  const [returned, setReturned] = useState(false);
  // A decision or a return to the queue released the claim: nothing left to renew.
  const { lost } = useReviewLease(id, decided === null && !returned);
  // The view holds words, so it is rebuilt when the reader switches language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: i18n.language is the reason to rebuild.
  const view = useMemo(() => (filing.data ? toFilingView(filing.data) : undefined), [filing.data, i18n.language]);
  // Until the filing is read, the way back is to the initial queue; a filing in second review goes back to its own.
  const stage = reviewStageOf(filing.data?.filing.status ?? 'INITIAL_REVIEW');
  const words = stageWords(stage);
  const back = (
    <ButtonLink variant="secondary" to={QUEUE_ADDRESSES[stage]}>
      {t(words.backToQueue)}
    </ButtonLink>
  );

  if (filing.isError) {
    return (
      <>
        <PageHeader title={t('reviewFiling.loadFailed')} actions={back} />
        <Alert tone="error">{errorMessage(filing.error)}</Alert>
      </>
    );
  }
  if (!view) return <Spinner label={t('reviewFiling.loading')} />;
  return (
    <>
      <PageHeader title={t(words.title, { orderNo: view.orderNo })} intro={t(words.intro)} actions={back} />
      {decided ? (
        <Alert tone="success">{decided}</Alert>
      ) : (
        <>
          {lost ? (
            <Alert tone="error" title={t('reviewFiling.lease.lostTitle')}>
              {t('reviewFiling.lease.lost')}
            </Alert>
          ) : null}
          <FilingReview view={view} held={!lost} onDecided={setDecided} onReturned={() => setReturned(true)} />
        </>
      )}
    </>
  );
}
