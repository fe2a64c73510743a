// Who a submission is about: the subject (certificate masked), its websites, and each verifier's MIIT SMS check
// with when the codes went out, the check's deadline and, once it failed, why.
import type { BureauSubmissionView } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../../i18n/list.ts';

export function SubjectCell({ subject }: { subject: BureauSubmissionView['subject'] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{subject.name}</p>
      <p className="mono muted">{subject.certMasked}</p>
      {subject.subjectFilingNo ? (
        <p className="muted">{t('simulator.bureau.filingNo', { filingNo: subject.subjectFilingNo })}</p>
      ) : null}
    </>
  );
}

export function WebsitesCell({ websites }: { websites: BureauSubmissionView['websites'] }) {
  return (
    <ul className="sim-list">
      {websites.map((site) => (
        <li key={`${site.name}|${site.domains.join(',')}`}>
          {site.name} <span className="mono muted">{listOf(site.domains)}</span>
        </li>
      ))}
    </ul>
  );
}

export function VerifiersCell({ verifiers }: { verifiers: BureauSubmissionView['verifiers'] }) {
  const { t } = useTranslation();
  if (verifiers.length === 0) return <p className="muted">{t('simulator.bureau.noVerifiers')}</p>;
  return (
    <ul className="sim-list">
      {verifiers.map((v) => (
        <li key={`${v.role}|${v.mobileMasked}`}>
          {t(`simulator.bureau.roles.${v.role}`)} {v.name} <span className="mono">{v.mobileMasked}</span>
          <br />
          <span className={v.confirmedAt ? 'sim-ok' : 'muted'}>
            {v.confirmedAt
              ? t('simulator.bureau.confirmed', { time: formatBeijing(v.confirmedAt) })
              : t('simulator.bureau.notConfirmed')}
          </span>
          {v.wrongCodes > 0 ? (
            <span className="muted">{t('simulator.bureau.wrongCodes', { count: v.wrongCodes })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The SMS check column: the verifiers, when MIIT texted the codes, the 24-hour deadline, and why a check failed. */
export function SmsCheckCell({ submission }: { submission: BureauSubmissionView }) {
  const { t } = useTranslation();
  const when = (instant: string) => formatBeijing(instant);
  return (
    <>
      <VerifiersCell verifiers={submission.verifiers} />
      {submission.verifiers.length > 0 ? (
        <p className="muted">
          {t('simulator.bureau.codesSentAt', { time: when(submission.codesSentAt) })}
          <br />
          {t('simulator.bureau.smsDeadline', { time: when(submission.smsDeadline) })}
        </p>
      ) : null}
      {submission.status === 'SMS_EXPIRED' && submission.failure ? (
        <p className="sim-failure">{t(`simulator.bureau.failures.${submission.failure}`)}</p>
      ) : null}
    </>
  );
}
