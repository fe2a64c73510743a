// The words and action of the bureau stage's notifications: submitted (the SMS check's deadline), check complete (the
// bureau's expected decision), check failed (why), approved (the filing numbers), refused (the bureau's reason).
// Every action opens the filing's progress step.
import type { Notification } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OwnWords } from '../../components/ui/own-words.tsx';
import { nodesInto } from '../../lib/nodes-into.tsx';

const BUREAU_TEMPLATES = [
  'BUREAU_SUBMITTED',
  'BUREAU_SMS_CONFIRMED',
  'BUREAU_SMS_FAILED',
  'BUREAU_APPROVED',
  'BUREAU_REJECTED',
] as const;
type BureauTemplate = (typeof BUREAU_TEMPLATES)[number];

export const isBureauNotification = (n: Notification): n is Notification & { template: BureauTemplate } =>
  (BUREAU_TEMPLATES as readonly string[]).includes(n.template);

function Message({ template, params }: { template: BureauTemplate; params: Notification['params'] }) {
  const { t } = useTranslation();
  const due = (at: string | undefined) => (at ? formatBeijing(at, 'dateTime', { deadline: true }) : undefined);
  switch (template) {
    case 'BUREAU_SUBMITTED': {
      const deadline = due(params.smsDeadline);
      return (
        <p className="notice__message">
          {deadline
            ? t('notifications.templates.BUREAU_SUBMITTED.message', { due: deadline })
            : t('notifications.templates.BUREAU_SUBMITTED.noDue')}
        </p>
      );
    }
    case 'BUREAU_SMS_CONFIRMED': {
      const decision = due(params.bureauDueAt);
      return (
        <p className="notice__message">
          {decision
            ? t('notifications.templates.BUREAU_SMS_CONFIRMED.message', { due: decision })
            : t('notifications.templates.BUREAU_SMS_CONFIRMED.noDue')}
        </p>
      );
    }
    case 'BUREAU_SMS_FAILED':
      return (
        <>
          {params.failure === 'DEADLINE' || params.failure === 'WRONG_CODES' ? (
            <p className="notice__reasons">{t(`notifications.templates.BUREAU_SMS_FAILED.${params.failure}`)}</p>
          ) : null}
          <p className="notice__message">{t('notifications.templates.BUREAU_SMS_FAILED.message')}</p>
        </>
      );
    case 'BUREAU_APPROVED':
      return (
        <p className="notice__message">
          {t('notifications.templates.BUREAU_APPROVED.message', {
            subjectFilingNo: params.subjectFilingNo ?? '',
            websiteFilingNos: params.websiteFilingNos ?? '',
          })}
        </p>
      );
    case 'BUREAU_REJECTED':
      return (
        <>
          {params.reason ? (
            <p className="notice__reasons">
              {nodesInto((slots) => t('notifications.templates.BUREAU_REJECTED.reason', slots), {
                reason: <OwnWords text={params.reason} />,
              })}
            </p>
          ) : null}
          <p className="notice__message">{t('notifications.templates.BUREAU_REJECTED.message')}</p>
        </>
      );
  }
}

export function BureauNotificationBody({
  notification,
}: {
  notification: Notification & { template: BureauTemplate };
}) {
  const { t } = useTranslation();
  const { template, params, filingId } = notification;
  return (
    <>
      <Message template={template} params={params} />
      {filingId ? (
        <Link className="notice__action" to={`/console/filings/${filingId}/progress`}>
          {t(`notifications.templates.${template}.action`)}
        </Link>
      ) : null}
    </>
  );
}
