// /console/filings/:id: opens a rejection's first problem, else the step the filing's next action points to (the
// photo step while the photo is due, the progress step at the bureau and once filed); any other filing opens its
// review page.
import type { FilingDetail } from '@beian/contracts';
import { Navigate, useParams } from 'react-router';
import { firstProblemStep } from '../rejection/rejection-scope.ts';
import { useWizardContext } from './filing-wizard-layout.tsx';

const STEP_OF: Partial<Record<FilingDetail['nextAction'], string>> = {
  FILL_SUBJECT: 'subject',
  CONFIRM_WEBSITES: 'websites',
  UPLOAD_MATERIALS: 'materials',
  TAKE_PHOTO: 'photo',
  RETAKE_PHOTO: 'photo',
  CONFIRM_MIIT_SMS: 'progress',
  WAIT_FOR_BUREAU: 'progress',
  VIEW_FILED: 'progress',
};

/** At the bureau the progress step says what happens (a failed check's next move, the bureau's reason). */
const PROGRESS_STATES: readonly FilingDetail['status'][] = ['SMS_FAILED', 'BUREAU_REJECTED'];

export function FilingEntryRedirect() {
  const { id = '' } = useParams();
  const { filing } = useWizardContext();
  // A rejected filing opens where its first problem is.
  const step =
    firstProblemStep(filing) ??
    (PROGRESS_STATES.includes(filing.status) ? 'progress' : STEP_OF[filing.nextAction]) ??
    'review';
  return <Navigate to={`/console/filings/${id}/${step}`} replace />;
}
