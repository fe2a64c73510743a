// The body of the review page: checks, fields, registry comparisons, materials and the decision, tied together by
// the keyboard shortcuts (J/K or ←/→ between materials, A approve, R reject).

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
import { DecisionPanel } from './decision-panel.tsx';
import { FieldSections } from './field-sections.tsx';
import { MaterialsPanel } from './materials-panel.tsx';
import { RecordComparison } from './record-comparison.tsx';

type FilingReviewProps = {
  view: FilingView;
  /** False once the claim could not be renewed: it lapsed or was reassigned, so it is not the reviewer's to give back. */
  held: boolean;
  onDecided: (message: string) => void;
  onReturned: () => void;
};

export function FilingReview({ view, held, onDecided, onReturned }: FilingReviewProps) {
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
      approve: () => flow.mode === 'idle' && flow.setMode('approving'),
      reject: () => flow.setMode('rejecting'),
    },
    flow.mode !== 'approving' && !flow.decide.busy && !giveBack.asking,
  );

  return (
    <div className="review-layout">
      {stage === 'SECOND' ? <PhotoReviewPanel filingId={view.id} materials={view.materials} /> : null}
      <FieldSections sections={view.sections} />
      <Card title={t('reviewFiling.compare.heading')}>
        <div className="comparisons">
          {view.comparisons.map((comparison) => (
            <RecordComparison key={comparison.key} comparison={comparison} />
          ))}
        </div>
      </Card>
      <MaterialsPanel view={view} index={Math.min(index, Math.max(last, 0))} onIndex={setIndex} />
      <DecisionPanel
        orderNo={view.orderNo}
        stage={stage}
        fields={stage === 'SECOND' ? photoFieldOptions(t) : fieldOptions(view)}
        mode={flow.mode}
        onMode={flow.setMode}
        decide={flow.decide}
        giveBack={held ? giveBack : null}
      />
    </div>
  );
}
