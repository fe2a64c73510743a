// The frame of the sign-in and registration pages: the product story on one side, the form card on the other.
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Brand } from '../../components/ui/brand.tsx';
import { PageSuspense } from '../../components/ui/page-suspense.tsx';
import { SkipLink } from '../../components/ui/skip-link.tsx';
import { LocaleSwitcher } from '../../features/auth/components/locale-switcher.tsx';

export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <SkipLink label={t('common.skipToContent')} />
      <header className="auth-page__top">
        <Brand name={t('common.appName')} />
        <LocaleSwitcher />
      </header>
      <div className="auth-page__body">
        <aside className="auth-story" aria-label={t('auth.brand.tagline')}>
          <p className="auth-story__tagline">{t('auth.brand.tagline')}</p>
          <ul className="auth-story__points">
            <li>{t('auth.brand.points.apply')}</li>
            <li>{t('auth.brand.points.review')}</li>
            <li>{t('auth.brand.points.admin')}</li>
          </ul>
        </aside>
        <main id="main" className="auth-card" tabIndex={-1}>
          <PageSuspense>
            <Outlet />
          </PageSuspense>
        </main>
      </div>
    </div>
  );
}
