// The account's filings, newest first: order number, type, domain, status and the next thing to do.
import type { FilingSummary } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WithdrawFiling } from '../filing-wizard/withdraw/withdraw-filing.tsx';
import { FilingStatusTag, newestFirst } from './filing-status-tag.tsx';
import { NextActionLink } from './next-action-link.tsx';

export function FilingsTable({ filings }: { filings: readonly FilingSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('filing.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('filing.list.orderNo')}</th>
            <th scope="col">{t('filing.list.type')}</th>
            <th scope="col">{t('filing.list.domain')}</th>
            <th scope="col">{t('filing.list.status')}</th>
            <th scope="col">{t('filing.list.nextAction')}</th>
            <th scope="col">{t('filing.list.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst(filings).map((filing) => (
            <tr key={filing.id}>
              <th scope="row" className="mono">
                <Link to={`/console/filings/${filing.id}`}>{filing.orderNo}</Link>
              </th>
              <td>{t(`filing.types.${filing.type}`)}</td>
              <td>{filing.domain}</td>
              <td>
                <FilingStatusTag status={filing.status} />
              </td>
              <td>
                <NextActionLink filing={filing} />
                <WithdrawFiling filing={filing} />
              </td>
              <td>{formatBeijing(filing.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
