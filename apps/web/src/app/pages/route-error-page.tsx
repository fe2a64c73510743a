// The router's error boundary: a friendly explanation, the request id when the API gave one, and ways out.
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { isWrongAddress } from '../../lib/wrong-address.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { StatusPage } from './status-page.tsx';

export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  // A page whose address names a record the API does not know lands here too (lib/wrong-address.ts).
  if ((isRouteErrorResponse(error) && error.status === 404) || isWrongAddress(error)) {
    return <NotFoundPage standalone={standalone} />;
  }
  const apiError = error instanceof ApiError ? error : undefined;

  return (
    <StatusPage title={t('routeError.title')} heading={t('routeError.heading')} standalone={standalone}>
      <p className="status-page__body">{t('routeError.body')}</p>
      {apiError ? <p className="status-page__detail">{errorMessage(apiError)}</p> : null}
      {apiError?.requestId ? (
        <p className="status-page__request-id">{t('common.requestId', { id: apiError.requestId })}</p>
      ) : null}
      <p className="status-page__actions">
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
        <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
      </p>
    </StatusPage>
  );
}
