// Signs out; if the server cannot be reached, says so instead of pretending the session ended.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { useLogout } from '../api/use-auth-mutations.ts';

export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <span className="sign-out">
      <Button variant="ghost" className="button--on-dark" busy={logout.isPending} onClick={() => logout.mutate()}>
        {logout.isPending ? t('common.signingOut') : t('common.signOut')}
      </Button>
      {logout.isError ? (
        <span className="sign-out__error" role="alert">
          {t('common.signOutFailed')}
        </span>
      ) : null}
    </span>
  );
}
