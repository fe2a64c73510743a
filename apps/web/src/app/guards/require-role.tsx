// Lets a role into its own area: others are sent to their own home, and visitors to sign-in (remembering the page).
import type { Role } from '@beian/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageSpinner } from '../../components/ui/spinner.tsx';
import { useMe } from '../../features/auth/api/use-me.ts';
import { ROLE_HOME } from '../../features/auth/role-home.ts';

export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <PageSpinner label={t('common.loading')} />;
  // Anything but "not signed in" is a real failure: let the route's error boundary explain it.
  if (me.isError) throw me.error;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data.role !== role) return <Navigate to={ROLE_HOME[me.data.role]} replace />;
  return children;
}
