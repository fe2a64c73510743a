// The requests as a table: order, recipient (mobile masked), address by region names, planned date, status with its
// times, tracking number, postage, and the row's actions.
import type { AdminCurtainPage, AdminCurtainRow } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import type { RowAction } from '../api/use-curtain-actions.ts';
import { CurtainRowActions } from './curtain-row-actions.tsx';

function Times({ row }: { row: AdminCurtainRow }) {
  const { t } = useTranslation();
  const at = (instant: string) => formatBeijing(instant);
  const lines = [
    t('adminCurtains.table.requestedAt', { at: at(row.requestedAt) }),
    row.shippedAt ? t('adminCurtains.table.shippedAt', { at: at(row.shippedAt) }) : null,
    row.deliveredAt ? t('adminCurtains.table.deliveredAt', { at: at(row.deliveredAt) }) : null,
    row.returnedAt ? t('adminCurtains.table.returnedAt', { at: at(row.returnedAt) }) : null,
  ].filter((line): line is string => line !== null);
  return (
    <ul className="curtain-table__times">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

type Props = {
  page: AdminCurtainPage;
  batch: boolean;
  busy: boolean;
  busyId?: string;
  onAction: (action: RowAction) => void;
};

export function CurtainTable({ page, batch, busy, busyId, onAction }: Props) {
  const { t } = useTranslation();
  if (page.rows.length === 0) return <EmptyState title={t('adminCurtains.table.empty')} />;
  const caption = batch
    ? t('adminCurtains.table.batchCaption', { today: page.batchThrough, total: page.total })
    : t('adminCurtains.table.caption', { total: page.total });
  return (
    <TableFrame caption={caption} busy={busy}>
      <thead>
        <tr>
          <th scope="col">{t('adminCurtains.table.orderNo')}</th>
          <th scope="col">{t('adminCurtains.table.recipient')}</th>
          <th scope="col">{t('adminCurtains.table.address')}</th>
          <th scope="col">{t('adminCurtains.table.planned')}</th>
          <th scope="col">{t('adminCurtains.table.status')}</th>
          <th scope="col">{t('adminCurtains.table.trackingNo')}</th>
          <th scope="col">{t('adminCurtains.table.postage')}</th>
          <th scope="col">{t('adminCurtains.table.times')}</th>
          <th scope="col">{t('adminCurtains.table.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {page.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.orderNo}</th>
            <td>
              {row.recipient}
              <br />
              <span className="muted">{row.mobileMasked}</span>
            </td>
            <td>
              {row.provinceName} {row.cityName} {row.districtName}
              <br />
              {row.addressDetail}
            </td>
            <td>{row.plannedDispatchDate}</td>
            <td>{t(`adminCurtains.status.${row.status}`)}</td>
            <td className="curtain-table__tracking">{row.trackingNo ?? '—'}</td>
            <td>
              {row.postagePaidByApplicant ? t('adminCurtains.table.paidByApplicant') : t('adminCurtains.table.free')}
            </td>
            <td>
              <Times row={row} />
            </td>
            <td>
              <CurtainRowActions row={row} busy={busyId === row.id} onAction={onAction} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
