// 待接受的邀请: who was invited to what, by whom and until when, with 撤销 per row. The link of an invitation made on
// this page is still at hand for copying; older links are not kept anywhere to show again.
import type { Invitation, InvitationList } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { CopyLink } from './copy-link.tsx';

const COLUMNS = ['name', 'email', 'role', 'invitedBy', 'expiresAt', 'actions'] as const;

type Props = {
  invitations: UseQueryResult<InvitationList>;
  /** Links of the invitations made on this page, by invitation id. */
  links: ReadonlyMap<string, string>;
  onRevoke: (invitation: Invitation) => void;
};

export function PendingInvitations({ invitations, links, onRevoke }: Props) {
  const { t } = useTranslation();
  if (invitations.isPending) return <Spinner label={t('adminUsers.pending.loading')} />;
  if (invitations.isError) {
    return (
      <Alert tone="error" title={t('adminUsers.pending.loadFailed')}>
        {errorMessage(invitations.error)}
      </Alert>
    );
  }
  const rows = invitations.data.invitations;
  if (rows.length === 0) return <p className="muted">{t('adminUsers.pending.empty')}</p>;
  return (
    <TableFrame caption={t('adminUsers.pending.caption')}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`adminUsers.pending.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((invitation) => {
          const link = links.get(invitation.id);
          return (
            <tr key={invitation.id}>
              <th scope="row">{invitation.displayName}</th>
              <td className="mono">{invitation.email}</td>
              <td>
                {t(`common.roles.${invitation.role}`)}
                {invitation.photoPoint ? (
                  <span className="muted admin-users__point">
                    {t('adminUsers.table.point', { name: invitation.photoPoint.name })}
                  </span>
                ) : null}
              </td>
              <td>{invitation.invitedBy}</td>
              <td className="table__nowrap">{formatBeijing(invitation.expiresAt)}</td>
              <td>
                <div className="admin-users__actions">
                  {link ? <CopyLink link={link} /> : null}
                  <Button variant="ghost" onClick={() => onRevoke(invitation)}>
                    {t('adminUsers.pending.revoke')}
                    <span className="visually-hidden">
                      {t('adminUsers.pending.forInvitation', { email: invitation.email })}
                    </span>
                  </Button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
