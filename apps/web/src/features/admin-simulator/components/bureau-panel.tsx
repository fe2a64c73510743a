// 工信部/管局提交: what the simulated bureau received, and the decision an admin makes in its place.
import type { BureauSubmissionView } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBureauSubmissions } from '../api/simulator-queries.ts';
import { useBureauDecision } from '../hooks/use-bureau-decision.ts';
import { BureauTable } from './bureau-table.tsx';
import { DecisionNotice } from './decision-notice.tsx';
import { ListPanel } from './list-panel.tsx';
import { RejectDialog } from './reject-dialog.tsx';

/** Where the verifiers confirm: the simulated MIIT page, public like MIIT's own. */
function MiitPageLink() {
  const { t } = useTranslation();
  return (
    <p>
      {t('simulator.bureau.miitPage.intro')} <Link to="/miit/sms-check">{t('simulator.bureau.miitPage.link')}</Link>
    </p>
  );
}

export function BureauPanel() {
  const submissions = useBureauSubmissions();
  const [rejecting, setRejecting] = useState<BureauSubmissionView | null>(null);
  const { mutation, notice, clearNotice } = useBureauDecision(() => setRejecting(null));
  const busyId = mutation.isPending ? mutation.variables.submission.id : undefined;

  const approve = (submission: BureauSubmissionView) => {
    clearNotice();
    mutation.mutate({ submission, body: { decision: 'APPROVED' } });
  };
  const openReject = (submission: BureauSubmissionView) => {
    clearNotice();
    mutation.reset();
    setRejecting(submission);
  };

  return (
    <>
      <ListPanel
        words="simulator.bureau"
        query={submissions}
        autoRefresh
        aside={<MiitPageLink />}
        isEmpty={(data) => data.submissions.length === 0}
      >
        {(data) => (
          <>
            <DecisionNotice notice={notice} />
            <BureauTable submissions={data.submissions} busyId={busyId} onApprove={approve} onReject={openReject} />
          </>
        )}
      </ListPanel>
      {rejecting ? (
        <RejectDialog
          submission={rejecting}
          busy={mutation.isPending}
          error={mutation.isError ? mutation.error : null}
          onReject={(reason) => mutation.mutate({ submission: rejecting, body: { decision: 'REJECTED', reason } })}
          onCancel={() => {
            mutation.reset();
            setRejecting(null);
          }}
        />
      ) : null}
    </>
  );
}
