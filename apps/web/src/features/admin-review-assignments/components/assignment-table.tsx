// The initial review queue as an admin reassigns it, in the API's order (due time, overdue first): order number,
// province, time left, who holds the claim now, and the reassignment control.
import type { ReviewerSummary, ReviewQueueItem } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { TimeLeftCell } from '../../../components/sla/sla-cells.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';
import { useNow } from '../../../lib/use-now.ts';
import { AssignControl } from './assign-control.tsx';

const COLUMNS = ['orderNo', 'province', 'timeLeft', 'holder', 'assign'] as const;

type AssignmentTableProps = {
  items: ReviewQueueItem[];
  reviewers: ReviewerSummary[];
  /** The filing whose reassignment is on its way, if any. */
  busyId: string | undefined;
  onAssign: (item: ReviewQueueItem, reviewerId: string) => void;
};

function HolderCell({ item }: { item: ReviewQueueItem }) {
  const { t } = useTranslation();
  if (!item.claimedBy) return <td className="muted">{t('reviewAssignments.queue.unclaimed')}</td>;
  return (
    <td>
      {item.claimedBy.displayName}
      {item.claimExpiresAt ? (
        <span className="assignment-table__until muted">
          {t('reviewAssignments.queue.heldUntil', { time: formatBeijing(item.claimExpiresAt, 'time') })}
        </span>
      ) : null}
    </td>
  );
}

export function AssignmentTable({ items, reviewers, busyId, onAssign }: AssignmentTableProps) {
  const { t, i18n } = useTranslation();
  const now = useNow(15_000);
  return (
    <TableFrame caption={t('reviewAssignments.queue.caption')}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`reviewAssignments.queue.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className={item.overdue ? 'sla-row--overdue' : undefined}>
            <th scope="row" className="mono table__nowrap">
              {item.orderNo}
            </th>
            <td className="table__nowrap">{provinceName(item.province, i18n.language)}</td>
            <TimeLeftCell item={item} now={now} />
            <HolderCell item={item} />
            <td>
              <AssignControl
                orderNo={item.orderNo}
                reviewers={reviewers}
                busy={busyId === item.id}
                onAssign={(reviewerId) => onAssign(item, reviewerId)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
