// The decision: approve (after a confirmation) or reject with reasons, or put the filing back into the queue. A
// decision refused because the filing or the claim changed meanwhile (409) says so, reloads the filing, and keeps
// the reviewer's reasons to look at again.
import type { ReviewStage } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import type { Decision } from '../api/decision-api.ts';
import type { FieldOption } from '../filing-fields.ts';
import type { ReturnFlow } from '../hooks/use-return-to-queue.ts';
import { stageWords } from '../photo/stage-words.ts';
import { RejectPanel } from './reject-panel.tsx';

export type DecisionMode = 'idle' | 'approving' | 'rejecting';

type DecisionPanelProps = {
  orderNo: string;
  /** Which review decides: the words of the approval, and what a rejection's reasons may name. */
  stage: ReviewStage;
  fields: FieldOption[];
  /** The filing's verification sheet requirements, which the sheet's reject preset follows. */
  sheetRequirements: readonly string[];
  mode: DecisionMode;
  onMode: (mode: DecisionMode) => void;
  decide: { busy: boolean; error: unknown; send: (decision: Decision) => void };
  /** Only while the reviewer holds the claim: a claim that lapsed or moved is not theirs to give back. */
  giveBack: ReturnFlow | null;
};

function DecisionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 409) {
    return (
      <Alert tone="error" title={t('reviewFiling.decision.staleTitle')}>
        {t('reviewFiling.decision.stale')}
      </Alert>
    );
  }
  return (
    <Alert tone="error" title={t('reviewFiling.decision.failed')}>
      {errorMessage(error)}
    </Alert>
  );
}

function ReturnDialog({ orderNo, flow }: { orderNo: string; flow: ReturnFlow }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('reviewFiling.returnToQueue.title', { orderNo })}
      confirmLabel={t('reviewFiling.returnToQueue.confirm')}
      cancelLabel={t('reviewFiling.decision.cancel')}
      busy={flow.busy}
      onConfirm={flow.confirm}
      onCancel={flow.cancel}
    >
      <p>{t('reviewFiling.returnToQueue.body')}</p>
    </ConfirmDialog>
  );
}

export function DecisionPanel({
  orderNo,
  stage,
  fields,
  sheetRequirements,
  mode,
  onMode,
  decide,
  giveBack,
}: DecisionPanelProps) {
  const { t } = useTranslation();
  const words = stageWords(stage);
  return (
    <section className="card decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="card__title">
        {t('reviewFiling.decision.heading')}
      </h2>
      <p className="decision__keys">{t('reviewFiling.decision.keys')}</p>
      {decide.error ? <DecisionError error={decide.error} /> : null}
      {giveBack?.error ? (
        <Alert tone="error" title={t('reviewFiling.returnToQueue.failed')}>
          {errorMessage(giveBack.error)}
        </Alert>
      ) : null}
      <div className="decision__actions">
        {/* Approving from the rejection form would throw its reasons away: cancel the rejection first. */}
        <Button disabled={decide.busy || mode === 'rejecting'} onClick={() => onMode('approving')}>
          {t('reviewFiling.decision.approve')}
        </Button>
        <Button variant="danger" disabled={decide.busy || mode === 'rejecting'} onClick={() => onMode('rejecting')}>
          {t('reviewFiling.decision.reject')}
        </Button>
        {giveBack ? (
          <Button variant="secondary" disabled={decide.busy} onClick={giveBack.ask}>
            {t('reviewFiling.returnToQueue.action')}
          </Button>
        ) : null}
      </div>
      {mode === 'rejecting' ? (
        <RejectPanel
          stage={stage}
          fields={fields}
          sheetRequirements={sheetRequirements}
          busy={decide.busy}
          onReject={(reasons) => decide.send({ kind: 'reject', reasons })}
          onCancel={() => onMode('idle')}
        />
      ) : null}
      {mode === 'approving' ? (
        <ConfirmDialog
          title={t(words.approveTitle, { orderNo })}
          confirmLabel={t('reviewFiling.decision.approveConfirm')}
          cancelLabel={t('reviewFiling.decision.cancel')}
          busy={decide.busy}
          onConfirm={() => decide.send({ kind: 'approve' })}
          onCancel={() => onMode('idle')}
        >
          <p>{t(words.approveBody)}</p>
        </ConfirmDialog>
      ) : null}
      {giveBack?.asking ? <ReturnDialog orderNo={orderNo} flow={giveBack} /> : null}
    </section>
  );
}
