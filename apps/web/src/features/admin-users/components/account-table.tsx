// One page of accounts: name, email, role (with an operator's photo point), status and when it was made, and per
// row 调整角色 and 停用/启用. The signed-in admin's own row offers neither: the API refuses both.
import type { AccountList, AdminAccount } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { errorMessage } from '../../../lib/error-message.ts';

const COLUMNS = ['name', 'email', 'role', 'status', 'createdAt', 'actions'] as const;

type Props = {
  accounts: UseQueryResult<AccountList>;
  selfId: string;
  onChangeRole: (account: AdminAccount) => void;
  onSetActive: (account: AdminAccount, active: boolean) => void;
  onPage: (page: number) => void;
};

export function AccountTable({ accounts, selfId, onChangeRole, onSetActive, onPage }: Props) {
  const { t } = useTranslation();
  if (accounts.isPending) return <Spinner label={t('adminUsers.table.loading')} />;
  if (accounts.isError) {
    return (
      <Alert tone="error" title={t('adminUsers.table.loadFailed')}>
        {errorMessage(accounts.error)}
      </Alert>
    );
  }
  const { accounts: rows, total, page, pageSize } = accounts.data;
  if (rows.length === 0) return <p className="muted">{t('adminUsers.table.empty')}</p>;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <TableFrame caption={t('adminUsers.table.caption')} busy={accounts.isFetching}>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`adminUsers.table.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((account) => {
            const self = account.id === selfId;
            const named = t('adminUsers.table.forAccount', { name: account.displayName });
            return (
              <tr key={account.id}>
                <th scope="row">
                  {account.displayName}
                  {self ? t('adminUsers.table.you') : null}
                </th>
                <td className="mono">{account.email}</td>
                <td>
                  {t(`common.roles.${account.role}`)}
                  {account.photoPoint ? (
                    <span className="muted admin-users__point">
                      {t('adminUsers.table.point', { name: account.photoPoint.name })}
                    </span>
                  ) : null}
                </td>
                <td>
                  {account.active ? t('adminUsers.table.active') : t('adminUsers.table.inactive')}
                  {account.emailVerified ? null : (
                    <span className="muted admin-users__point">{t('adminUsers.table.unverified')}</span>
                  )}
                </td>
                <td className="table__nowrap">{formatBeijing(account.createdAt)}</td>
                <td>
                  {self ? null : (
                    <div className="admin-users__actions">
                      <Button variant="secondary" onClick={() => onChangeRole(account)}>
                        {t('adminUsers.table.changeRole')}
                        <span className="visually-hidden">{named}</span>
                      </Button>
                      <Button
                        variant={account.active ? 'ghost' : 'secondary'}
                        onClick={() => onSetActive(account, !account.active)}
                      >
                        {account.active ? t('adminUsers.table.disable') : t('adminUsers.table.enable')}
                        <span className="visually-hidden">{named}</span>
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </TableFrame>
      <nav className="pager" aria-label={t('adminUsers.pager.label')}>
        <span className="muted" aria-live="polite">
          {t('adminUsers.pager.summary', { count: total, page, pages })}
        </span>
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('adminUsers.pager.previous')}
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('adminUsers.pager.next')}
        </Button>
      </nav>
    </>
  );
}
