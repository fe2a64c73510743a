// /admin/users: find accounts, change one's role, disable or enable it (each asked in a dialog first), invite staff
// and look after the pending invitations. What came of the last change stays as a notice above the table.
import type { AdminAccount, Invitation, Role } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { errorMessage } from '../../lib/error-message.ts';
import { useAccount } from '../auth/api/use-me.ts';
import {
  type AccountFilter,
  NO_FILTER,
  useAccounts,
  useChangeRole,
  useInvitations,
  useRevokeInvitation,
  useSetActive,
} from './api/admin-users-api.ts';
import { AccountFilters } from './components/account-filters.tsx';
import { AccountTable } from './components/account-table.tsx';
import { InviteForm } from './components/invite-form.tsx';
import { PendingInvitations } from './components/pending-invitations.tsx';
import { RoleDialog } from './components/role-dialog.tsx';
import './admin-users.css';

type Asking =
  | { kind: 'role'; account: AdminAccount }
  | { kind: 'status'; account: AdminAccount; active: boolean }
  | { kind: 'revoke'; invitation: Invitation };

type Notice =
  | { kind: 'role'; name: string; role: Role }
  | { kind: 'status'; name: string; active: boolean }
  | { kind: 'revoked'; email: string };

export function AdminUsersPage() {
  const { t } = useTranslation();
  const self = useAccount();
  const [filter, setFilter] = useState<AccountFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const accounts = useAccounts(filter, page);
  const invitations = useInvitations();
  const changeRole = useChangeRole();
  const setActive = useSetActive();
  const revoke = useRevokeInvitation();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [links, setLinks] = useState<ReadonlyMap<string, string>>(new Map());

  const ask = (next: Asking) => {
    changeRole.reset();
    setActive.reset();
    revoke.reset();
    setNotice(null);
    setAsking(next);
  };
  const done = (next: Notice) => {
    setAsking(null);
    setNotice(next);
  };

  return (
    <>
      <PageHeader title={t('adminUsers.title')} intro={t('adminUsers.intro')} />
      <Card title={t('adminUsers.table.heading')}>
        <AccountFilters
          value={filter}
          onApply={(next) => {
            setFilter(next);
            setPage(1);
          }}
        />
        <div aria-live="polite">
          {notice?.kind === 'role' ? (
            <Alert tone="success">
              {t('adminUsers.role.done', { name: notice.name, role: t(`common.roles.${notice.role}`) })}
            </Alert>
          ) : notice?.kind === 'status' ? (
            <Alert tone="success">
              {t(notice.active ? 'adminUsers.enable.done' : 'adminUsers.disable.done', { name: notice.name })}
            </Alert>
          ) : null}
        </div>
        <AccountTable
          accounts={accounts}
          selfId={self.id}
          onChangeRole={(account) => ask({ kind: 'role', account })}
          onSetActive={(account, active) => ask({ kind: 'status', account, active })}
          onPage={setPage}
        />
      </Card>
      <Card title={t('adminUsers.invite.heading')}>
        <InviteForm onInvited={({ invitation, link }) => setLinks(new Map(links).set(invitation.id, link))} />
      </Card>
      <Card title={t('adminUsers.pending.heading')}>
        <div aria-live="polite">
          {notice?.kind === 'revoked' ? (
            <Alert tone="success">{t('adminUsers.pending.revoked', { email: notice.email })}</Alert>
          ) : null}
        </div>
        <PendingInvitations
          invitations={invitations}
          links={links}
          onRevoke={(invitation) => ask({ kind: 'revoke', invitation })}
        />
      </Card>

      {asking?.kind === 'role' ? (
        <RoleDialog
          account={asking.account}
          busy={changeRole.isPending}
          error={changeRole.error}
          onCancel={() => setAsking(null)}
          onConfirm={(role) =>
            changeRole.mutate(
              { account: asking.account, role },
              { onSuccess: (account) => done({ kind: 'role', name: account.displayName, role: account.role }) },
            )
          }
        />
      ) : null}
      {asking?.kind === 'status' ? (
        <ConfirmDialog
          title={t(asking.active ? 'adminUsers.enable.title' : 'adminUsers.disable.title', {
            name: asking.account.displayName,
          })}
          confirmLabel={t(asking.active ? 'adminUsers.enable.confirm' : 'adminUsers.disable.confirm')}
          cancelLabel={t('adminUsers.disable.cancel')}
          busy={setActive.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            setActive.mutate(
              { account: asking.account, active: asking.active },
              { onSuccess: (account) => done({ kind: 'status', name: account.displayName, active: account.active }) },
            )
          }
        >
          {setActive.error ? <Alert tone="error">{errorMessage(setActive.error)}</Alert> : null}
          <p>{t(asking.active ? 'adminUsers.enable.body' : 'adminUsers.disable.body')}</p>
        </ConfirmDialog>
      ) : null}
      {asking?.kind === 'revoke' ? (
        <ConfirmDialog
          title={t('adminUsers.pending.revokeTitle', { email: asking.invitation.email })}
          confirmLabel={t('adminUsers.pending.revokeConfirm')}
          cancelLabel={t('adminUsers.pending.cancel')}
          busy={revoke.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            revoke.mutate(
              { id: asking.invitation.id, email: asking.invitation.email },
              { onSuccess: () => done({ kind: 'revoked', email: asking.invitation.email }) },
            )
          }
        >
          {revoke.error ? <Alert tone="error">{errorMessage(revoke.error)}</Alert> : null}
          <p>{t('adminUsers.pending.revokeBody')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
