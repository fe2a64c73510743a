// /account: the address account emails link to. It opens the account page in the signed-in person's own area, or
// sign-in first (which comes back here).
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageSpinner } from '../../components/ui/spinner.tsx';
import { useMe } from '../auth/api/use-me.ts';
import { accountPathFor } from '../auth/role-home.ts';

export function AccountRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <PageSpinner label={t('common.loading')} />;
  if (me.isError) throw me.error;
  return <Navigate to={me.data ? accountPathFor(me.data.role) : '/login?next=%2Faccount'} replace />;
}
