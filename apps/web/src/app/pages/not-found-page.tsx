// Any address no route claims: says so plainly and offers the way home.
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { StatusPage } from './status-page.tsx';

export function NotFoundPage({ standalone = true }: { standalone?: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusPage title={t('notFound.title')} heading={t('notFound.heading')} standalone={standalone}>
      <p className="status-page__body">{t('notFound.body')}</p>
      <p className="status-page__actions">
        <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
      </p>
    </StatusPage>
  );
}
