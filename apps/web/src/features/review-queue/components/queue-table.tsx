// The waiting filings as a table, in the API's order (due time, overdue first): who, where, what kind, how long
// waited, how long left, and who is reviewing it now.
import type { ReviewQueueItem } from '@beian/contracts';
import { FILING_TYPES, SUBJECT_NATURES } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { TimeLeftCell, WaitingCell } from '../../../components/sla/sla-cells.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';
import { useNow } from '../../../lib/use-now.ts';
import { queueWords, useQueueStage } from '../queue-stage.ts';

const COLUMNS = ['orderNo', 'province', 'nature', 'type', 'waiting', 'timeLeft', 'reviewer'] as const;

function QueueRow({ item, now }: { item: ReviewQueueItem; now: number }) {
  const { t, i18n } = useTranslation();
  const nature = SUBJECT_NATURES.find((code) => code === item.nature);
  const type = FILING_TYPES.find((code) => code === item.type);
  return (
    <tr className={item.overdue ? 'sla-row--overdue' : undefined}>
      <th scope="row" className="mono">
        {item.orderNo}
      </th>
      <td>{provinceName(item.province, i18n.language)}</td>
      <td>{nature ? t(`filing.natures.${nature}`) : item.nature}</td>
      <td>{type ? t(`filing.types.${type}`) : item.type}</td>
      <WaitingCell item={item} now={now} />
      <TimeLeftCell item={item} now={now} />
      <td>
        {item.claimedBy ? t('reviewQueue.claimedBy', { name: item.claimedBy.displayName }) : t('reviewQueue.unclaimed')}
      </td>
    </tr>
  );
}

export function QueueTable({ items, busy }: { items: ReviewQueueItem[]; busy: boolean }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const words = queueWords(useQueueStage());
  return (
    <TableFrame caption={t(`${words}.caption`)} busy={busy}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`reviewQueue.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <QueueRow key={item.id} item={item} now={now} />
        ))}
      </tbody>
    </TableFrame>
  );
}
