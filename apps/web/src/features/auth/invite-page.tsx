// /invite#token=…: a staff invitation. The page shows who invited whom to which role, then the person chooses a
// password (and may correct their name), which creates the account and signs in.
import type { InvitationPreview } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { isApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { useInvitation } from './api/account-links-api.ts';
import { AcceptInvitationForm } from './components/accept-invitation-form.tsx';
import { linkTokenFrom } from './link-token.ts';
import { destinationFor } from './role-home.ts';

function Invalid({ error }: { error?: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert tone="error">
        {error === undefined || isApiError(error, 'INVITATION_INVALID')
          ? t('authLinks.invite.invalid')
          : errorMessage(error)}
      </Alert>
      <p className="auth-card__switch">
        <Link to="/login">{t('authLinks.invite.signIn')}</Link>
      </p>
    </>
  );
}

function Intro({ invitation }: { invitation: InvitationPreview }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="auth-card__intro">
        {t('authLinks.invite.intro', {
          invitedBy: invitation.invitedBy,
          role: t(`common.roles.${invitation.role}`),
          expiresAt: formatBeijing(invitation.expiresAt),
        })}
      </p>
      {invitation.photoPointName ? (
        <p className="auth-card__intro">{t('authLinks.invite.point', { name: invitation.photoPointName })}</p>
      ) : null}
      <p className="auth-card__intro">{t('authLinks.invite.email', { email: invitation.email })}</p>
    </>
  );
}

export function InvitePage() {
  const { t } = useTranslation();
  usePageTitle(t('authLinks.invite.title'));
  const navigate = useNavigate();
  const token = linkTokenFrom(useLocation().hash);
  const invitation = useInvitation(token);

  return (
    <>
      <h1 className="auth-card__title">{t('authLinks.invite.heading')}</h1>
      {token === null ? (
        <Invalid />
      ) : invitation.isPending ? (
        <Spinner label={t('authLinks.invite.checking')} />
      ) : invitation.isError ? (
        <Invalid error={invitation.error} />
      ) : (
        <>
          <Intro invitation={invitation.data} />
          <AcceptInvitationForm
            token={token}
            invitation={invitation.data}
            onAccepted={(account) => void navigate(destinationFor(account.role), { replace: true })}
          />
        </>
      )}
    </>
  );
}
