// /verify-email#token=…: the link from the confirmation email. The token sits in the fragment, so it never reaches a
// server log; the page sends it once, and the server confirms the account and signs this browser in.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { useVerifyEmail } from './api/use-auth-mutations.ts';
import { destinationFor } from './role-home.ts';

const tokenOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('token');

export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.verify.title'));
  const token = tokenOf(useLocation().hash);
  const verify = useVerifyEmail();
  const { mutate } = verify;
  // The link works once: a second send (a re-render, a development double effect) would be refused.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  if (verify.isSuccess) return <Navigate to={destinationFor(verify.data.role)} replace />;

  const failed = !token || verify.isError;
  return (
    <>
      <h1 className="auth-card__title">{t('auth.verify.heading')}</h1>
      {failed ? (
        <>
          <Alert tone="error">
            {!token || isApiError(verify.error, 'VERIFICATION_LINK_INVALID')
              ? t('auth.verify.invalid')
              : errorMessage(verify.error)}
          </Alert>
          <p className="auth-card__switch">
            <Link to="/login">{t('auth.verify.signIn')}</Link> ·{' '}
            <Link to="/register">{t('auth.verify.registerAgain')}</Link>
          </p>
        </>
      ) : (
        <p className="auth-card__intro">
          <Spinner /> {t('auth.verify.confirming')}
        </p>
      )}
    </>
  );
}
