// /setup#token=…: the one-time page that creates the first administrator of a new installation.
import type { Account } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { checkSetupLink } from './api/setup-api.ts';
import { FirstAdminForm } from './components/first-admin-form.tsx';
import { setupTokenFrom } from './setup-token.ts';

export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  const token = setupTokenFrom(useLocation().hash);
  const [created, setCreated] = useState<Account | null>(null);
  const link = useQuery({
    queryKey: ['setup-link', token],
    queryFn: () => checkSetupLink(token ?? ''),
    enabled: token !== null && created === null,
    retry: false,
  });

  return (
    <>
      <h1 className="auth-card__title">{t('setup.heading')}</h1>
      {created ? (
        <>
          <Alert tone="success" title={t('setup.done.title')}>
            {t('setup.done.body', { email: created.email })}
          </Alert>
          <ButtonLink to="/login" className="button--block">
            {t('setup.done.signIn')}
          </ButtonLink>
        </>
      ) : token === null ? (
        <Alert tone="error" title={t('setup.noToken.title')}>
          {t('setup.noToken.body')}
        </Alert>
      ) : link.isPending ? (
        <Spinner label={t('setup.checking')} />
      ) : link.isError ? (
        <>
          <Alert tone={isApiError(link.error, 'SETUP_DONE') ? 'info' : 'error'}>{errorMessage(link.error)}</Alert>
          <p className="auth-card__switch">
            <Link to="/login">{t('setup.done.signIn')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="auth-card__intro">{t('setup.intro', { expiresAt: formatBeijing(link.data.expiresAt) })}</p>
          <FirstAdminForm token={token} onCreated={setCreated} />
        </>
      )}
    </>
  );
}
