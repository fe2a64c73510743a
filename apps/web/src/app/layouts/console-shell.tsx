// The frame of every signed-in area: top bar (product, user and role, account & security, language, sign-out), left
// navigation, main.
import type { Role } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { Brand } from '../../components/ui/brand.tsx';
import { PageSuspense } from '../../components/ui/page-suspense.tsx';
import { SkipLink } from '../../components/ui/skip-link.tsx';
import { useAccount } from '../../features/auth/api/use-me.ts';
import { LocaleSwitcher } from '../../features/auth/components/locale-switcher.tsx';
import { SignOutButton } from '../../features/auth/components/sign-out-button.tsx';
import { accountPathFor, ROLE_HOME } from '../../features/auth/role-home.ts';

/** `badge` counts what waits behind the item; its `label` replaces the item's accessible name ("消息通知，3 条未读"). */
export type NavItem = { to: string; label: string; end?: boolean; badge?: { count: number; label: string } };

/** A badge stays one short pill however much piles up. */
const badgeText = (count: number) => (count > 99 ? '99+' : String(count));

/** `area` is the role whose area this is; it picks the home link and the navigation's name. */
export function ConsoleShell({ area, items }: { area: Role; items: NavItem[] }) {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <div className="shell">
      <SkipLink label={t('common.skipToContent')} />
      <header className="topbar">
        <Link to={ROLE_HOME[area]} className="topbar__home">
          <Brand name={t('common.appName')} />
        </Link>
        <div className="topbar__tools">
          <p className="topbar__user">
            <span className="visually-hidden">{t('common.currentUser')}: </span>
            <span className="topbar__name">{account.displayName}</span>
            <span className="topbar__role">{t(`common.roles.${account.role}`)}</span>
          </p>
          <NavLink to={accountPathFor(area)} className="topbar__link">
            {t('account.nav')}
          </NavLink>
          <LocaleSwitcher tone="dark" />
          <SignOutButton />
        </div>
      </header>
      <div className="shell__body">
        <nav className="sidenav" aria-label={t(`common.areaNav.${area}`)}>
          <ul className="sidenav__list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="sidenav__link" aria-label={item.badge?.label}>
                  {item.label}
                  {item.badge ? (
                    <span className="sidenav__badge" aria-hidden="true">
                      {badgeText(item.badge.count)}
                    </span>
                  ) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          <PageSuspense>
            <Outlet />
          </PageSuspense>
        </main>
      </div>
    </div>
  );
}
