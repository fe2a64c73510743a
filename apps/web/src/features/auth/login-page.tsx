// /login: the sign-in form; a signed-in visitor goes straight on to where they were heading.

import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { useMe } from './api/use-me.ts';
import { LoginForm } from './components/login-form.tsx';
import { destinationFor } from './role-home.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: account } = useMe();
  usePageTitle(t('auth.login.title'));
  const next = params.get('next');

  if (account) return <Navigate to={destinationFor(account.role, next)} replace />;

  return (
    <>
      <h1 className="auth-card__title">{t('auth.login.heading')}</h1>
      <p className="auth-card__intro">{t('auth.login.intro')}</p>
      {next ? <Alert tone="info">{t('auth.login.signInToContinue')}</Alert> : null}
      <LoginForm onSignedIn={(signedIn) => void navigate(destinationFor(signedIn.role, next), { replace: true })} />
      <p className="auth-card__switch">
        <Link to="/forgot-password">{t('authLinks.loginLink')}</Link>
      </p>
      <p className="auth-card__switch">
        {t('auth.login.noAccount')} <Link to="/register">{t('auth.login.registerLink')}</Link>
      </p>
    </>
  );
}
