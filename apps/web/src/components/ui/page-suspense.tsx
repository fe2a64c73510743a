// The boundary a lazily loaded page (app/lazy-page.ts) waits behind: the same announced spinner as any other page
// load, inside the frame, so the navigation stays usable while the page's code arrives.
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from './spinner.tsx';

export function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<PageSpinner label={t('common.loading')} />}>{children}</Suspense>;
}
