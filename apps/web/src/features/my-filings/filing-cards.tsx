// My filings on a phone: one card per filing, newest first, with the order number, domain, status and the next
// action at the top, so nothing needs sideways scrolling as the six-column table would.
import type { FilingSummary } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WithdrawFiling } from '../filing-wizard/withdraw/withdraw-filing.tsx';
import { FilingStatusTag, newestFirst } from './filing-status-tag.tsx';
import { NextActionLink } from './next-action-link.tsx';

export function FilingCards({ filings }: { filings: readonly FilingSummary[] }) {
  const { t } = useTranslation();
  return (
    <ul className="filing-cards" aria-label={t('filing.list.caption')}>
      {newestFirst(filings).map((filing) => (
        <li key={filing.id} className="filing-card">
          <div className="filing-card__head">
            <Link to={`/console/filings/${filing.id}`} className="mono filing-card__order">
              {filing.orderNo}
            </Link>
            <FilingStatusTag status={filing.status} />
          </div>
          <p className="filing-card__domain">{filing.domain}</p>
          <p className="filing-card__next">
            <span className="filing-card__label">{t('filing.list.nextAction')}</span>
            <NextActionLink filing={filing} />
          </p>
          <WithdrawFiling filing={filing} />
          <p className="filing-card__meta">
            {t(`filing.types.${filing.type}`)} · {t('filing.list.updatedAt')} {formatBeijing(filing.updatedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
