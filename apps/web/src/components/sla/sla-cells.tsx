// How long a filing has waited, and how long is left before its review is due: an overdue one says so in words
// and with a marker, not by colour alone.
import type { ReviewQueueItem } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './duration.ts';
import './sla.css';

export function WaitingCell({ item, now }: { item: ReviewQueueItem; now: number }) {
  const { t } = useTranslation();
  if (!item.submittedAt) return <td>{t('reviewQueue.notSubmitted')}</td>;
  return <td>{formatDuration(t, now - Date.parse(item.submittedAt))}</td>;
}

export function TimeLeftCell({ item, now }: { item: ReviewQueueItem; now: number }) {
  const { t } = useTranslation();
  if (!item.slaDueAt) return <td>{t('reviewQueue.sla.none')}</td>;
  const left = Date.parse(item.slaDueAt) - now;
  const overdue = item.overdue || left <= 0;
  const duration = formatDuration(t, left);
  return (
    <td className={overdue ? 'sla sla--overdue' : 'sla'}>
      <span className="sla__left">
        {overdue ? (
          <span className="sla__marker" aria-hidden="true">
            !
          </span>
        ) : null}
        {overdue ? t('reviewQueue.sla.overdue', { duration }) : t('reviewQueue.sla.left', { duration })}
      </span>
      <time className="sla__due" dateTime={item.slaDueAt}>
        {t('reviewQueue.sla.due', { time: formatBeijing(item.slaDueAt, 'dateTime', { deadline: true }) })}
      </time>
    </td>
  );
}
