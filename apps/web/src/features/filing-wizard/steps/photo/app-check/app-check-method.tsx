// The AppCheck method's actions on the photo step: the Shanghai app check's QR code and link for the principal's
// phone, how long they last, and a watch for the photo the phone sends (the page moves on by itself).
import type { AppCheckLink, PhotoStep } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../../components/ui/alert.tsx';
import { Button } from '../../../../../components/ui/button.tsx';
import { QrCode } from '../../../../../components/ui/qr-code.tsx';
import { errorMessage } from '../../../../../lib/error-message.ts';
import { nodesInto } from '../../../../../lib/nodes-into.tsx';
import { useNow } from '../../../../../lib/use-now.ts';
import { createAppCheckLink } from './app-check-api.ts';
import { usePhotoArrival } from './use-photo-arrival.ts';
import './app-check-method.css';

function LiveLink({ link, live }: { link: AppCheckLink; live: boolean }) {
  const { t } = useTranslation();
  const url = new URL(link.path, window.location.origin).href;
  if (!live) return <Alert tone="info">{t('appCheck.panel.expired')}</Alert>;
  return (
    <div className="app-check-link">
      <QrCode value={url} label={t('appCheck.panel.qrLabel')} size={192} />
      <div className="app-check-link__text">
        <p>
          {nodesInto((slots) => t('appCheck.panel.link', slots), {
            url: (
              <a href={url} target="_blank" rel="noreferrer" className="app-check-link__url">
                {url}
              </a>
            ),
          })}
        </p>
        <p>{t('appCheck.panel.expires', { time: formatBeijing(link.expiresAt) })}</p>
        <p role="status">{t('appCheck.panel.waiting')}</p>
      </div>
    </div>
  );
}

export function AppCheckMethod({ step }: { step: PhotoStep }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<AppCheckLink | null>(null);
  const create = useMutation({ mutationFn: () => createAppCheckLink(step.id), onSuccess: setLink });
  const now = useNow(10_000);
  const live = link !== null && Date.parse(link.expiresAt) > now;
  usePhotoArrival(step.id, live);

  return (
    <div className="app-check-panel">
      <p>{t('appCheck.panel.intro')}</p>
      {link ? <LiveLink link={link} live={live} /> : null}
      {create.isError ? <Alert tone="error">{errorMessage(create.error)}</Alert> : null}
      <Button variant={link ? 'secondary' : 'primary'} busy={create.isPending} onClick={() => create.mutate()}>
        {link ? t('appCheck.panel.renew') : t('appCheck.panel.create')}
      </Button>
      {link ? <p className="field__hint">{t('appCheck.panel.renewHint')}</p> : null}
    </div>
  );
}
