// The mail simulator's mailbox for the address just registered: opened on request, it polls until the delivery job
// has "sent" the email, and shows each email with its links clickable (the confirmation link among them).

import { formatBeijing } from '@beian/domain';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { useLangOf } from '../../../components/ui/own-words.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { fetchSimulatedMailbox } from '../api/auth-api.ts';

/** Emails are delivered by a job every few seconds; ask again until one has arrived. */
const POLL_MS = 2_000;

const URL_PATTERN = /https?:\/\/\S+/g;

/** The text with its web addresses as links. */
function Linked({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const at = match.index;
    parts.push(
      text.slice(from, at),
      <a key={at} href={match[0]}>
        {match[0]}
      </a>,
    );
    from = at + match[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

export function SimulatedMailboxPanel() {
  const { t } = useTranslation();
  const langOf = useLangOf();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const mailbox = useQuery({
    queryKey: ['auth', 'simulated-mailbox'],
    queryFn: ({ signal }) => fetchSimulatedMailbox(signal),
    enabled: open,
    refetchInterval: (query) => (query.state.data?.messages.length ? false : POLL_MS),
  });
  const messages = mailbox.data?.messages ?? [];

  return (
    <section className="sim-mailbox" aria-labelledby={`${regionId}-title`}>
      <h2 className="sim-mailbox__title" id={`${regionId}-title`}>
        {t('auth.mailbox.title')}
      </h2>
      <p className="muted">{t('auth.mailbox.intro')}</p>
      <Button variant="secondary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? t('auth.mailbox.close') : t('auth.mailbox.open')}
      </Button>
      <div id={regionId} hidden={!open}>
        {open && mailbox.isError ? <Alert tone="error">{errorMessage(mailbox.error)}</Alert> : null}
        {open && !mailbox.isError && messages.length === 0 ? (
          <p className="sim-mailbox__waiting" role="status">
            <Spinner /> {t('auth.mailbox.waiting')}
          </p>
        ) : null}
        {messages.length > 0 ? (
          <ul className="sim-mailbox__list" aria-label={t('auth.mailbox.listLabel', { email: mailbox.data?.address })}>
            {messages.map((message) => (
              <li key={message.id} className="sim-mailbox__mail">
                <h3 className="sim-mailbox__subject" lang={langOf(message.subject)}>
                  {message.subject}
                </h3>
                <p className="muted">{t('auth.mailbox.sentAt', { at: formatBeijing(message.sentAt) })}</p>
                <p className="sim-mailbox__body" lang={langOf(message.body)}>
                  <Linked text={message.body} />
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
