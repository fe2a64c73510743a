// 调整角色: the new role, chosen in the dialog and confirmed there; what the change means for a photo point or for
// the filings the account is reviewing is said before confirming.
import { type AdminAccount, ROLES, type Role, reviewsFilings } from '@beian/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { errorMessage } from '../../../lib/error-message.ts';

type Props = {
  account: AdminAccount;
  busy: boolean;
  error: unknown;
  onConfirm: (role: Role) => void;
  onCancel: () => void;
};

export function RoleDialog({ account, busy, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const select = useRef<HTMLSelectElement>(null);
  const [role, setRole] = useState<Role>(account.role);
  return (
    <ConfirmDialog
      title={t('adminUsers.role.title', { name: account.displayName })}
      confirmLabel={t('adminUsers.role.confirm')}
      cancelLabel={t('adminUsers.role.cancel')}
      busy={busy}
      initialFocus={select}
      onConfirm={() => (role === account.role ? onCancel() : onConfirm(role))}
      onCancel={onCancel}
    >
      {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      <p>{t('adminUsers.role.current', { role: t(`common.roles.${account.role}`) })}</p>
      <SelectField
        ref={select}
        label={t('adminUsers.role.label')}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
      >
        {ROLES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`common.roles.${choice}`)}
          </option>
        ))}
      </SelectField>
      {account.role === 'OPERATOR' && role !== 'OPERATOR' ? <p>{t('adminUsers.role.leavesPoint')}</p> : null}
      {reviewsFilings(account.role) && !reviewsFilings(role) ? <p>{t('adminUsers.role.leavesReview')}</p> : null}
      {account.role !== 'OPERATOR' && role === 'OPERATOR' ? <p>{t('adminUsers.role.toOperator')}</p> : null}
    </ConfirmDialog>
  );
}
