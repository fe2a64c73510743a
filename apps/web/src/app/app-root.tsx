// The root route: keeps the language and the account in step, then renders whichever page matched.
import { Outlet } from 'react-router';
import { PageSuspense } from '../components/ui/page-suspense.tsx';
import { useAccountLocaleSync } from '../features/auth/api/use-locale-preference.ts';

export function AppRoot() {
  useAccountLocaleSync();
  return (
    <PageSuspense>
      <Outlet />
    </PageSuspense>
  );
}
