// The returned filings as a table, oldest failure first: the order (opening the review page where this console has
// one), where and whose, the round whose check failed, why and when (Beijing time), and 重新提交管局 per row.
import type { ReturnedFiling } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { provinceName } from '../../../lib/filing-labels.ts';

const COLUMNS = ['orderNo', 'province', 'subject', 'domain', 'round', 'failure', 'failedAt', 'action'] as const;

type ReturnedTableProps = {
  filings: ReturnedFiling[];
  /** Reviewers open the review page from the order number; the admin console has none, so it shows the number. */
  linkOrders: boolean;
  onResubmit: (filing: ReturnedFiling) => void;
};

function ReturnedRow({
  filing,
  linkOrders,
  onResubmit,
}: { filing: ReturnedFiling } & Omit<ReturnedTableProps, 'filings'>) {
  const { t, i18n } = useTranslation();
  return (
    <tr>
      <th scope="row" className="mono">
        {linkOrders ? <Link to={`/review/filings/${filing.id}`}>{filing.orderNo}</Link> : filing.orderNo}
      </th>
      <td>{provinceName(filing.province, i18n.language)}</td>
      <td>{filing.subjectName ?? <span className="muted">{t('returnedFilings.noSubject')}</span>}</td>
      <td className="mono">{filing.domain}</td>
      <td>{t('returnedFilings.round', { round: filing.round })}</td>
      <td>{t(`returnedFilings.failure.${filing.failure ?? 'unknown'}`)}</td>
      <td>
        <time dateTime={filing.failedAt}>{formatBeijing(filing.failedAt)}</time>
      </td>
      <td>
        <Button variant="secondary" onClick={() => onResubmit(filing)}>
          {t('returnedFilings.resubmit.action')}
          {/* Every row has the same button: the order number, read but not shown, tells them apart. */}
          <span className="visually-hidden">{t('returnedFilings.forOrder', { orderNo: filing.orderNo })}</span>
        </Button>
      </td>
    </tr>
  );
}

export function ReturnedTable({ filings, linkOrders, onResubmit }: ReturnedTableProps) {
  const { t } = useTranslation();
  return (
    <TableFrame caption={t('returnedFilings.caption', { count: filings.length })}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`returnedFilings.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {filings.map((filing) => (
          <ReturnedRow key={filing.id} filing={filing} linkOrders={linkOrders} onResubmit={onResubmit} />
        ))}
      </tbody>
    </TableFrame>
  );
}
