// /register: creates an applicant account, then opens the console (or sign-in, if the server did not sign them in).

import type { Account } from '@beian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { meQueryKey, useMe } from './api/use-me.ts';
import { RegisterForm } from './components/register-form.tsx';
import { destinationFor } from './role-home.ts';

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: account } = useMe();
  usePageTitle(t('auth.register.title'));

  if (account) return <Navigate to={destinationFor(account.role)} replace />;

  const onRegistered = () => {
    const signedIn = queryClient.getQueryData<Account | null>(meQueryKey);
    void navigate(signedIn ? destinationFor(signedIn.role) : '/login?registered=1', { replace: true });
  };

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
