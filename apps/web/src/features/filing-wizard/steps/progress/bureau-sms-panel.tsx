// BUREAU_SMS: the MIIT SMS check as it runs: each verifier (masked) confirmed or waiting, the deadline in Beijing time
// with the time left, MIIT's verification page (a new tab), and the codes texted again on request.
import type { BureauCheck } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../../components/ui/card.tsx';
import { TableFrame } from '../../../../components/ui/table-frame.tsx';
import { ResendCodesButton } from './resend-codes-button.tsx';
import { useTimeLeft } from './use-time-left.ts';

export const MIIT_SMS_CHECK_PAGE = '/miit/sms-check';

function Deadline({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  const left = useTimeLeft(deadline);
  return (
    <p className="progress-sms__deadline">
      <strong>{t('progress.sms.deadline', { time: formatBeijing(deadline, 'dateTime', { deadline: true }) })}</strong>{' '}
      <span>{left && !left.over ? t('progress.sms.left', left) : t('progress.sms.expired')}</span>
    </p>
  );
}

function Verifiers({ check }: { check: BureauCheck }) {
  const { t } = useTranslation();
  return (
    <TableFrame caption={t('progress.sms.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('progress.sms.name')}</th>
          <th scope="col">{t('progress.sms.roleHeader')}</th>
          <th scope="col">{t('progress.sms.mobile')}</th>
          <th scope="col">{t('progress.sms.state')}</th>
        </tr>
      </thead>
      <tbody>
        {check.verifiers.map((v) => (
          <tr key={`${v.role}-${v.mobileMasked}`}>
            <td>{v.nameMasked}</td>
            <td>{t(`progress.sms.role.${v.role}`)}</td>
            <td>{v.mobileMasked}</td>
            <td>
              {v.confirmedAt
                ? t('progress.sms.confirmed', { time: formatBeijing(v.confirmedAt) })
                : t('progress.sms.waiting', { count: v.triesLeft })}
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

export function BureauSmsPanel({ filingId, check }: { filingId: string; check: BureauCheck | null }) {
  const { t } = useTranslation();
  const running = check?.status === 'SUBMITTED';
  return (
    <Card title={t('progress.sms.title')} className="progress-sms">
      {running && check ? (
        <>
          <p>{t('progress.sms.intro')}</p>
          {check.smsDeadline ? <Deadline deadline={check.smsDeadline} /> : null}
          <Verifiers check={check} />
          <p>
            <a href={MIIT_SMS_CHECK_PAGE} target="_blank" rel="noopener noreferrer">
              {t('progress.sms.openMiit')}
              <span className="visually-hidden">{t('progress.sms.newTab')}</span>
            </a>
          </p>
          <ResendCodesButton filingId={filingId} availableAt={check.resendAvailableAt} />
        </>
      ) : (
        <p>{t('progress.sms.pending')}</p>
      )}
    </Card>
  );
}
