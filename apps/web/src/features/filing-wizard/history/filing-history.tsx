// 审核记录: each review round of the applicant's filing, newest first, and below it, folded, every status change.
// Nothing is shown before the first submission: a draft has no rounds yet.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message.ts';
import { ReviewRoundItem } from './review-round-item.tsx';
import { StatusChanges } from './status-changes.tsx';
import { useFilingHistory } from './use-filing-history.ts';
import './filing-history.css';

export function FilingHistory({ filingId }: { filingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { filing, history } = useFilingHistory(filingId);
  // The history accompanies the page; failing to read it must not get in the way of the rest.
  if (history.isError) {
    return <p className="muted">{t('history.loadFailed', { message: errorMessage(history.error) })}</p>;
  }
  if (!filing || !history.data || history.data.rounds.length === 0) return null;
  const newestFirst = [...history.data.rounds].reverse();
  return (
    <section className="card filing-history" aria-labelledby={headingId}>
      <header className="card__header">
        <h2 className="card__title" id={headingId}>
          {t('history.title')}
        </h2>
      </header>
      <div className="card__body">
        <ol className="filing-history__rounds" reversed>
          {newestFirst.map((round) => (
            <ReviewRoundItem key={`${round.stage}:${round.round}`} round={round} filing={filing} />
          ))}
        </ol>
        <StatusChanges events={history.data.events} />
      </div>
    </section>
  );
}
