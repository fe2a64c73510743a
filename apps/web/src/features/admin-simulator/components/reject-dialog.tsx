// 驳回: asks for the reason the applicant will read, checked against the shared decision schema before sending.
import { BureauDecisionBodySchema, type BureauSubmissionView } from '@beian/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { ReasonField } from './reason-field.tsx';

/** The contract's limit; the field stops there, so a blank reason is the only thing left to refuse. */
const REASON_MAX = 500;

type RejectDialogProps = {
  submission: BureauSubmissionView;
  busy: boolean;
  error: unknown;
  onReject: (reason: string) => void;
  onCancel: () => void;
};

export function RejectDialog({ submission, busy, error, onReject, onCancel }: RejectDialogProps) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [blank, setBlank] = useState(false);

  const confirm = () => {
    const parsed = BureauDecisionBodySchema.safeParse({ decision: 'REJECTED', reason });
    if (!parsed.success || !parsed.data.reason) {
      setBlank(true);
      field.current?.focus();
      return;
    }
    onReject(parsed.data.reason);
  };

  return (
    <ConfirmDialog
      title={t('simulator.bureau.reject.title', { orderNo: submission.orderNo })}
      confirmLabel={t('simulator.bureau.reject.confirm')}
      cancelLabel={t('simulator.bureau.reject.cancel')}
      busy={busy}
      initialFocus={field}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>{t('simulator.bureau.reject.body')}</p>
      <ReasonField
        ref={field}
        label={t('simulator.bureau.reject.reason')}
        hint={t('simulator.bureau.reject.reasonHint', { max: REASON_MAX })}
        error={blank ? t('simulator.bureau.reject.reasonRequired') : undefined}
        required
        rows={4}
        maxLength={REASON_MAX}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          if (blank && event.target.value.trim()) setBlank(false);
        }}
      />
      {error ? (
        <Alert tone="error" title={t('simulator.bureau.decisionFailed', { orderNo: submission.orderNo })}>
          {errorMessage(error)}
        </Alert>
      ) : null}
    </ConfirmDialog>
  );
}
