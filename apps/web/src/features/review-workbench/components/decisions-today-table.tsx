// Who decided how many filings today (Beijing time): approvals, rejections and their sum per reviewer, in the API's
// order (most decisions first), with a total row; a sentence instead when nobody has decided anything yet.
import type { ReviewDashboard } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/ui/table-frame.tsx';

type DecisionsToday = ReviewDashboard['decisionsToday'];

export function DecisionsTodayTable({ decisions }: { decisions: DecisionsToday }) {
  const { t, i18n } = useTranslation();
  // A Beijing date (YYYY-MM-DD), written as it comes.
  const date = decisions.day;
  if (decisions.byReviewer.length === 0) {
    return <p className="muted decisions-today">{t('review.decisionsToday.empty', { date })}</p>;
  }
  const number = new Intl.NumberFormat(i18n.language);
  const sum = (pick: (row: DecisionsToday['byReviewer'][number]) => number) =>
    decisions.byReviewer.reduce((total, row) => total + pick(row), 0);
  return (
    <div className="decisions-today">
      <TableFrame caption={t('review.decisionsToday.caption', { date })}>
        <thead>
          <tr>
            <th scope="col">{t('review.decisionsToday.reviewer')}</th>
            <th scope="col" className="decisions-today__number">
              {t('review.decisionsToday.approved')}
            </th>
            <th scope="col" className="decisions-today__number">
              {t('review.decisionsToday.rejected')}
            </th>
            <th scope="col" className="decisions-today__number">
              {t('review.decisionsToday.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {decisions.byReviewer.map(({ reviewer, approved, rejected }) => (
            <tr key={reviewer.id}>
              <th scope="row">{reviewer.displayName}</th>
              <td className="decisions-today__number">{number.format(approved)}</td>
              <td className="decisions-today__number">{number.format(rejected)}</td>
              <td className="decisions-today__number">{number.format(approved + rejected)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('review.decisionsToday.totalRow')}</th>
            <td className="decisions-today__number">{number.format(sum((row) => row.approved))}</td>
            <td className="decisions-today__number">{number.format(sum((row) => row.rejected))}</td>
            <td className="decisions-today__number">{number.format(decisions.total)}</td>
          </tr>
        </tfoot>
      </TableFrame>
    </div>
  );
}
