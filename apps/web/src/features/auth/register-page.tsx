// /register: creates an applicant account; the next page asks the person to open the link emailed to them.
import type { RegisterResponse } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { useMe } from './api/use-me.ts';
import { RegisterForm } from './components/register-form.tsx';
import { destinationFor } from './role-home.ts';

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: account } = useMe();
  usePageTitle(t('auth.register.title'));

  if (account) return <Navigate to={destinationFor(account.role)} replace />;

  const onRegistered = (answer: RegisterResponse) =>
    void navigate('/register/check-email', { replace: true, state: answer });

  return (
    <>
      <h1 className="auth-card__title">{t('auth.register.heading')}</h1>
      <p className="auth-card__intro">{t('auth.register.intro')}</p>
      <RegisterForm onRegistered={onRegistered} />
      <p className="auth-card__switch">
        {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.loginLink')}</Link>
      </p>
    </>
  );
}
