// Who can take a filing and how much each holds now, so the admin sees who is free before choosing.
import type { ReviewerList } from '@beian/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { errorMessage } from '../../../lib/error-message.ts';

const COLUMNS = ['name', 'email', 'role', 'activeClaims'] as const;

export function ReviewerLoad({ reviewers }: { reviewers: UseQueryResult<ReviewerList> }) {
  const { t } = useTranslation();
  if (reviewers.isPending) return <Spinner label={t('reviewAssignments.reviewers.loading')} />;
  if (reviewers.isError) {
    return (
      <Alert tone="error" title={t('reviewAssignments.reviewers.loadFailed')}>
        {errorMessage(reviewers.error)}
      </Alert>
    );
  }
  const list = reviewers.data.reviewers;
  if (list.length === 0) return <p className="muted">{t('reviewAssignments.reviewers.empty')}</p>;
  return (
    <TableFrame caption={t('reviewAssignments.reviewers.caption')}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`reviewAssignments.reviewers.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {list.map((reviewer) => (
          <tr key={reviewer.id}>
            <th scope="row">{reviewer.displayName}</th>
            <td className="mono">{reviewer.email}</td>
            <td>{t(`reviewAssignments.reviewers.roles.${reviewer.role}`)}</td>
            <td>{t('reviewAssignments.reviewers.claims', { count: reviewer.activeClaims })}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
