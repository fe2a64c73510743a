// /<area>/account (账户与安全): who is signed in, changing the password, and the browsers signed in to the account.
// Every role's layout links here; the page is the same in each area.
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useAccount } from '../auth/api/use-me.ts';
import { ChangePasswordForm } from './components/change-password-form.tsx';
import { SessionList } from './components/session-list.tsx';
import './account.css';

export function AccountPage() {
  const { t } = useTranslation();
  const account = useAccount();
  return (
    <div className="account-page">
      <PageHeader title={t('account.title')} intro={t('account.intro')} />
      <Card title={t('account.profile.title')}>
        <dl className="account-facts">
          <dt>{t('account.profile.name')}</dt>
          <dd>{account.displayName}</dd>
          <dt>{t('account.profile.email')}</dt>
          <dd>{account.email}</dd>
          <dt>{t('account.profile.role')}</dt>
          <dd>{t(`common.roles.${account.role}`)}</dd>
        </dl>
      </Card>
      <Card title={t('account.password.title')}>
        <p className="muted">{t('account.password.intro')}</p>
        <ChangePasswordForm />
      </Card>
      <Card title={t('account.sessions.title')}>
        <p className="muted">{t('account.sessions.intro')}</p>
        <SessionList />
      </Card>
    </div>
  );
}
