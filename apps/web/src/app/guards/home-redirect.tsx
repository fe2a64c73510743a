// "/": the signed-in person's home, or sign-in.
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageSpinner } from '../../components/ui/spinner.tsx';
import { useMe } from '../../features/auth/api/use-me.ts';
import { ROLE_HOME } from '../../features/auth/role-home.ts';

export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <PageSpinner label={t('common.loading')} />;
  if (me.isError) throw me.error;
  return <Navigate to={me.data ? ROLE_HOME[me.data.role] : '/login'} replace />;
}
