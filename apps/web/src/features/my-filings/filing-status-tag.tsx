// A filing's status as a coloured tag, in the table and on the cards of my filings.
import type { FilingSummary } from '@beian/contracts';
import { isFilingState } from '@beian/domain';
import { useTranslation } from 'react-i18next';

export function FilingStatusTag({ status }: { status: FilingSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`status-tag status-tag--${status.toLowerCase()}`}>
      {isFilingState(status) ? t(`filingStatus.${status}`) : status}
    </span>
  );
}

/** The most recently changed filing first: the one the applicant is working on. */
export const newestFirst = (filings: readonly FilingSummary[]) =>
  [...filings].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
