// Every status change of the filing, folded away under the rounds: when, from which state to which, and which
// party acted (the applicant, the provider, the bureau or the system; never a reviewer by name). Newest first,
// like the rounds above it.
import type { FilingTimelineEntry } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { filingStatusLabel } from '../components/labels.ts';

export function StatusChanges({ events }: { events: readonly FilingTimelineEntry[] }) {
  const { t } = useTranslation();
  const newestFirst = [...events].reverse();
  return (
    <details className="filing-history__changes">
      <summary className="filing-history__changes-summary">{t('history.changes')}</summary>
      <ol className="filing-history__change-list" reversed>
        {newestFirst.map((entry, index) => {
          const to = filingStatusLabel(entry.toStatus);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id, an instant may repeat, and a position counted from the oldest never moves (the list grows only at the front)
            <li key={`${entry.at}:${entry.event}:${newestFirst.length - index}`} className="filing-history__change">
              <span className="filing-history__change-at">{formatBeijing(entry.at)}</span>
              <span>
                {entry.fromStatus
                  ? t('history.change', { from: filingStatusLabel(entry.fromStatus), to })
                  : t('history.opened', { to })}
              </span>
              <span className="muted">{t(`history.actor.${entry.actor}`)}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
