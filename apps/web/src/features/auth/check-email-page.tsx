// /register/check-email: after registering, the person opens the link emailed to them. The page says the same
// whether or not the address already had an account (an email went to it either way); with the mail simulator on,
// it offers the simulated mailbox, since no real email leaves the machine then.
import { RegisterResponseSchema } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { SimulatedMailboxPanel } from './components/simulated-mailbox-panel.tsx';
import './check-email.css';

export function CheckEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.checkEmail.title'));
  // What the registration answered, passed along by the register page (kept by the browser across a reload).
  const answer = RegisterResponseSchema.safeParse(useLocation().state);
  const registered = answer.success ? answer.data : null;

  return (
    <>
      <h1 className="auth-card__title">{t('auth.checkEmail.heading')}</h1>
      <p className="auth-card__intro">
        {registered ? t('auth.checkEmail.sentTo', { email: registered.email }) : t('auth.checkEmail.sent')}
      </p>
      <ul className="auth-card__steps">
        <li>{t('auth.checkEmail.openLink')}</li>
        <li>{t('auth.checkEmail.notArrived')}</li>
      </ul>
      {registered?.simulatedMailbox ? <SimulatedMailboxPanel /> : null}
      <p className="auth-card__switch">
        {t('auth.checkEmail.confirmed')} <Link to="/login">{t('auth.register.loginLink')}</Link>
      </p>
    </>
  );
}
