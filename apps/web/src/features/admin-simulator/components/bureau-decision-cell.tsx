// The bureau's side of a submission: 通过 / 驳回 while it awaits a decision (with when the bureau decides by itself),
// otherwise who decided, when and why.
import type { BureauSubmissionView } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { OwnWords } from '../../../components/ui/own-words.tsx';
import { nodesInto } from '../../../lib/nodes-into.tsx';

type BureauDecisionCellProps = {
  submission: BureauSubmissionView;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
};

/** How long the simulated bureau takes after the check: working days, or minutes in a demo. */
function AutoRule({ submission }: { submission: BureauSubmissionView }) {
  const { t } = useTranslation();
  const text =
    submission.autoDecisionDays > 0
      ? t('simulator.bureau.autoRuleDays', { count: submission.autoDecisionDays })
      : t('simulator.bureau.autoRuleMinutes', { count: submission.autoDecisionMinutes ?? 0 });
  return <p className="muted">{text}</p>;
}

export function BureauDecisionCell({ submission, busy, onApprove, onReject }: BureauDecisionCellProps) {
  const { t } = useTranslation();
  const when = (instant: string) => formatBeijing(instant);
  const { orderNo } = submission;

  if (submission.status === 'UNDER_REVIEW') {
    // Every row has the same two buttons: the order number, read but not shown, tells them apart.
    const forOrder = <span className="visually-hidden">{t('simulator.bureau.forOrder', { orderNo })}</span>;
    return (
      <>
        <div className="sim-decide">
          <Button busy={busy} onClick={onApprove}>
            {t('simulator.bureau.approve')}
            {forOrder}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={onReject}>
            {t('simulator.bureau.reject.action')}
            {forOrder}
          </Button>
        </div>
        {submission.autoDecideAt ? (
          <p className="muted">{t('simulator.bureau.autoDecideAt', { time: when(submission.autoDecideAt) })}</p>
        ) : null}
        <AutoRule submission={submission} />
      </>
    );
  }
  if (submission.status === 'SMS_PENDING') {
    return (
      <>
        <p className="muted">{t('simulator.bureau.waitingForSms', { time: when(submission.smsDeadline) })}</p>
        <AutoRule submission={submission} />
      </>
    );
  }
  if (submission.status === 'SMS_EXPIRED' || !submission.decidedAt) {
    return <p className="muted">{t('simulator.bureau.smsExpired')}</p>;
  }
  const by = submission.decidedBy === 'AUTO' ? 'decidedAuto' : 'decidedByAdmin';
  return (
    <>
      <p>{t(`simulator.bureau.${by}`, { time: when(submission.decidedAt) })}</p>
      {submission.reason ? (
        <p>
          {nodesInto((slots) => t('simulator.bureau.reason', slots), {
            reason: <OwnWords text={submission.reason} />,
          })}
        </p>
      ) : null}
    </>
  );
}
