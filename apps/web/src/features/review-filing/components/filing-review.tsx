// The body of the review page: checks, fields, registry comparisons, materials and the decision, tied together by
// the keyboard shortcuts (J/K or ←/→ between materials, A approve, R reject). On a wide screen the typed data and
// the materials stand side by side, each column scrolling on its own, so a field is compared with its document
// without scrolling the page; the decision stays below both. A reviewer who has not claimed the filing reads it:
// the claim button stands where the decision would.

import type { ReviewFilingDetail } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card.tsx';
import { QUEUE_ADDRESSES } from '../../review-queue/queue-stage.ts';
import { type FilingView, fieldOptions } from '../filing-fields.ts';
import { useDecisionFlow } from '../hooks/use-decision-flow.ts';
import { useReturnToQueue } from '../hooks/use-return-to-queue.ts';
import { useReviewShortcuts } from '../hooks/use-review-shortcuts.ts';
import { PhotoReviewPanel } from '../photo/photo-review-panel.tsx';
import { photoFieldOptions, reviewStageOf } from '../photo/review-stage.ts';
import { stageWords } from '../photo/stage-words.ts';
import { ClaimPanel } from './claim-panel.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { FieldSections } from './field-sections.tsx';
import { MaterialsPanel } from './materials-panel.tsx';
import { RecordComparison } from './record-comparison.tsx';
import { ResubmissionSummary } from './resubmission-summary.tsx';

type FilingReviewProps = {
  view: FilingView;
  /** Whether the signed-in reviewer holds the claim: only then is the decision offered. */
  mine: boolean;
  claim: ReviewFilingDetail['claim'];
  resubmission: ReviewFilingDetail['resubmission'];
  /** False once the claim could not be renewed: it lapsed or was reassigned, so it is not the reviewer's to give back. */
  held: boolean;
  onDecided: (message: string) => void;
  onReturned: () => void;
};

export function FilingReview({ view, mine, claim, resubmission, held, onDecided, onReturned }: FilingReviewProps) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const stage = reviewStageOf(view.status);
  const words = stageWords(stage);
  const flow = useDecisionFlow(view.id, view.version, (decision) =>
    onDecided(t(decision === 'approve' ? words.approved : words.rejected, { orderNo: view.orderNo })),
  );
  const giveBack = useReturnToQueue(view.id, view.orderNo, onReturned, QUEUE_ADDRESSES[stage]);
  const last = view.materials.length - 1;
  useReviewShortcuts(
    {
      next: () => setIndex((current) => Math.min(current + 1, last)),
      previous: () => setIndex((current) => Math.max(current - 1, 0)),
      approve: () => mine && flow.mode === 'idle' && flow.setMode('approving'),
      reject: () => mine && flow.setMode('rejecting'),
    },
    flow.mode !== 'approving' && !flow.decide.busy && !giveBack.asking,
  );

  return (
    <div className="review-layout">
      <section
        className="review-layout__column review-layout__data"
        aria-label={t('reviewFiling.layout.data')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the column scrolls on its own; keyboard users need to reach it.
        tabIndex={0}
      >
        {stage === 'SECOND' ? <PhotoReviewPanel filingId={view.id} materials={view.materials} /> : null}
        {resubmission ? (
          <ResubmissionSummary resubmission={resubmission} view={view} onShowMaterial={setIndex} />
        ) : null}
        <FieldSections sections={view.sections} />
        <Card title={t('reviewFiling.compare.heading')}>
          <div className="comparisons">
            {view.comparisons.map((comparison) => (
              <RecordComparison key={comparison.key} comparison={comparison} />
            ))}
          </div>
        </Card>
      </section>
      <section
        className="review-layout__column review-layout__materials"
        aria-label={t('reviewFiling.layout.materials')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the column scrolls on its own; keyboard users need to reach it.
        tabIndex={0}
      >
        <MaterialsPanel view={view} index={Math.min(index, Math.max(last, 0))} onIndex={setIndex} />
      </section>
      <div className="review-layout__decision">
        {mine ? (
          <DecisionPanel
            orderNo={view.orderNo}
            stage={stage}
            fields={stage === 'SECOND' ? photoFieldOptions(t) : fieldOptions(view)}
            sheetRequirements={view.sheetRequirements}
            mode={flow.mode}
            onMode={flow.setMode}
            decide={flow.decide}
            giveBack={held ? giveBack : null}
          />
        ) : (
          <ClaimPanel filingId={view.id} claim={claim} />
        )}
      </div>
    </div>
  );
}
