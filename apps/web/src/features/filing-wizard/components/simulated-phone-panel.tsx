// The simulated phone, opened from the SMS code field while the SMS gateway is simulated (docs/design.md §8): the texts
// sent to the numbers on this filing about it, newest first, so the applicant reads the code without an admin's
// outbox. Opened on request; it asks again every few seconds while open, as the text may not have arrived yet.

import { formatBeijing } from '@beian/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { getSimulatedPhone } from '../api/simulated-phone-api.ts';
import './simulated-phone-panel.css';
import { useLangOf } from '../../../components/ui/own-words.tsx';
import { listOf } from '../../../i18n/list.ts';

/** Within the API's 30 reads a minute per account. */
const POLL_MS = 3_000;

export function SimulatedPhonePanel({ filingId }: { filingId: string }) {
  const { t } = useTranslation();
  const langOf = useLangOf();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const phone = useQuery({
    queryKey: ['filings', filingId, 'simulated-phone'],
    queryFn: ({ signal }) => getSimulatedPhone(filingId, signal),
    enabled: open,
    refetchInterval: open ? POLL_MS : false,
  });
  const messages = phone.data?.messages ?? [];
  const mobiles = phone.data?.mobiles ?? [];

  return (
    <div className="sim-phone">
      <Button variant="ghost" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? t('simulatedPhone.close') : t('simulatedPhone.open')}
      </Button>
      <div id={regionId} hidden={!open} className="sim-phone__screen">
        {open && phone.isError ? <Alert tone="error">{errorMessage(phone.error)}</Alert> : null}
        {phone.data ? (
          <p className="muted">
            {mobiles.length ? t('simulatedPhone.intro', { mobiles: listOf(mobiles) }) : t('simulatedPhone.noMobiles')}
          </p>
        ) : null}
        {open && !phone.isError && messages.length === 0 ? (
          <p className="sim-phone__waiting" role="status">
            <Spinner /> {t('simulatedPhone.waiting')}
          </p>
        ) : null}
        {messages.length > 0 ? (
          <ul className="sim-phone__list" aria-label={t('simulatedPhone.listLabel')}>
            {messages.map((message) => (
              <li key={message.id} className="sim-phone__text">
                <p className="sim-phone__meta muted">
                  {t('simulatedPhone.to', { mobile: message.mobileMasked })} ·{' '}
                  <time dateTime={message.sentAt}>
                    {t('simulatedPhone.sentAt', { at: formatBeijing(message.sentAt) })}
                  </time>
                </p>
                <p className="sim-phone__body" lang={langOf(message.body)}>
                  {message.body}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
