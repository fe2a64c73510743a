// The browsers signed in to the account: which browser on which system, when it signed in and was last seen (Beijing
// time), this browser marked, and a sign-out for each other one and for all others at once.
import type { AccountSession } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TableFrame } from '../../../components/ui/table-frame.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useEndOtherSessions, useEndSession, useSessions } from '../api/account-api.ts';
import { describeUserAgent, SYSTEM_NAMES } from '../user-agent.ts';

function useDeviceName() {
  const { t } = useTranslation();
  return (session: AccountSession) => {
    const { browser, version, system } = describeUserAgent(session.userAgent);
    const browserName = browser ? t(`account.sessions.browsers.${browser}`) : t('account.sessions.unknownBrowser');
    return t('account.sessions.deviceName', {
      browser: version ? `${browserName} ${version}` : browserName,
      system: system ? SYSTEM_NAMES[system] : t('account.sessions.unknownSystem'),
    });
  };
}

export function SessionList() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const deviceName = useDeviceName();
  // What the last sign-out did, for the status line (a row that vanishes says nothing to a screen reader).
  const [done, setDone] = useState<string>();
  const at = (instant: string) => formatBeijing(instant);

  const signOut = (session: AccountSession) =>
    endOne.mutate(session.id, {
      onSuccess: () => setDone(t('account.sessions.endedOne', { device: deviceName(session) })),
    });
  const signOutOthers = () =>
    endOthers.mutate(undefined, {
      onSuccess: ({ ended }) => setDone(t('account.sessions.endedOthers', { count: ended })),
    });

  if (sessions.isPending) return <Spinner label={t('common.loading')} />;
  if (sessions.isError) return <Alert tone="error">{errorMessage(sessions.error)}</Alert>;
  const others = sessions.data.filter((s) => !s.current);
  const failed = endOne.error ?? endOthers.error;

  return (
    <div className="session-list">
      <p className="session-list__status" role="status">
        {done}
      </p>
      {failed ? <Alert tone="error">{errorMessage(failed)}</Alert> : null}
      <TableFrame caption={t('account.sessions.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('account.sessions.device')}</th>
            <th scope="col">{t('account.sessions.signedInAt')}</th>
            <th scope="col">{t('account.sessions.lastSeenAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('account.sessions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.data.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                {deviceName(session)}
                {session.current ? <span className="session-tag">{t('account.sessions.thisDevice')}</span> : null}
              </th>
              <td>{at(session.createdAt)}</td>
              <td>{at(session.lastSeenAt)}</td>
              <td>
                {session.current ? null : (
                  <Button
                    variant="secondary"
                    busy={endOne.isPending && endOne.variables === session.id}
                    aria-label={t('account.sessions.endOneLabel', { device: deviceName(session) })}
                    onClick={() => signOut(session)}
                  >
                    {t('account.sessions.endOne')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      {others.length > 0 ? (
        <Button variant="danger" busy={endOthers.isPending} onClick={signOutOthers}>
          {t('account.sessions.endOthers')}
        </Button>
      ) : (
        <p className="muted">{t('account.sessions.onlyThis')}</p>
      )}
    </div>
  );
}
