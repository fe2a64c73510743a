// /m/app-check#token=… (上海APP核验): the page the website principal opens on their phone from the console's QR code.
// Mobile first and outside the console: no sign-in, the link's token is its only key. It shows whose check it is,
// asks for the last 6 characters of the ID number, then takes the photo with the front camera and sends it.
import type { AppCheckOpened, AppCheckSubmitted } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Brand } from '../../components/ui/brand.tsx';
import { SkipLink } from '../../components/ui/skip-link.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import type { ApiError } from '../../lib/api-error.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { LocaleSwitcher } from '../auth/components/locale-switcher.tsx';
import { openAppCheck } from './app-check-api.ts';
import { tokenFromHash } from './app-check-token.ts';
import { EndingForm } from './components/ending-form.tsx';
import { PhotoForm } from './components/photo-form.tsx';
import './app-check.css';

type Stage =
  | { name: 'ending' }
  | { name: 'photo'; certEnding: string }
  | { name: 'done'; result: AppCheckSubmitted }
  | { name: 'ended'; error: ApiError };

function Ended({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      <p>{message}</p>
      <p>{t('appCheck.phone.ended')}</p>
    </Alert>
  );
}

function Summary({ opened }: { opened: AppCheckOpened }) {
  const { t } = useTranslation();
  return (
    <div className="app-check-phone__summary">
      <dl className="app-check-phone__facts">
        <div>
          <dt>{t('appCheck.phone.order')}</dt>
          <dd className="app-check-phone__order">{opened.orderNo}</dd>
        </div>
        <div>
          <dt>{t('appCheck.phone.principal')}</dt>
          <dd>{opened.principalMasked}</dd>
        </div>
      </dl>
      <p className="app-check-phone__expires">
        {t('appCheck.phone.expires', { time: formatBeijing(opened.expiresAt) })}
      </p>
    </div>
  );
}

function Steps({ token, opened }: { token: string; opened: AppCheckOpened }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ name: 'ending' });
  const ended = (error: ApiError) => setStage({ name: 'ended', error });
  if (stage.name === 'ended') return <Ended message={errorMessage(stage.error)} />;
  if (stage.name === 'done') {
    const time = formatBeijing(stage.result.secondReviewDueAt, 'dateTime', { deadline: true });
    return (
      <Alert tone="success" title={t('appCheck.phone.done.title')}>
        {t('appCheck.phone.done.body', { orderNo: stage.result.orderNo, time })}
      </Alert>
    );
  }
  return (
    <>
      <Summary opened={opened} />
      {stage.name === 'ending' ? (
        <EndingForm
          token={token}
          onVerified={(certEnding) => setStage({ name: 'photo', certEnding })}
          onEnded={ended}
        />
      ) : (
        <PhotoForm
          token={token}
          certEnding={stage.certEnding}
          onSubmitted={(result) => setStage({ name: 'done', result })}
          onEnded={ended}
        />
      )}
    </>
  );
}

function Body({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const opened = useQuery({
    queryKey: ['app-check', 'open', token],
    queryFn: ({ signal }) => openAppCheck(token ?? '', signal),
    enabled: token !== null,
    retry: false,
    // Opening counts nothing, but there is no reason to ask again while the principal types.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  if (token === null) return <Ended message={t('appCheck.phone.noToken')} />;
  if (opened.isPending) return <Spinner label={t('appCheck.phone.loading')} />;
  if (opened.isError) return <Ended message={errorMessage(opened.error)} />;
  return <Steps token={token} opened={opened.data} />;
}

export function AppCheckPage() {
  const { t } = useTranslation();
  usePageTitle(t('appCheck.phone.title'));
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  return (
    <div className="app-check-phone">
      <SkipLink label={t('common.skipToContent')} />
      <header className="app-check-phone__top">
        <Brand name={t('common.appName')} />
        <LocaleSwitcher />
      </header>
      <main id="main" className="app-check-phone__main" tabIndex={-1}>
        <h1 className="app-check-phone__title">{t('appCheck.phone.title')}</h1>
        <Body token={token} />
      </main>
    </div>
  );
}
