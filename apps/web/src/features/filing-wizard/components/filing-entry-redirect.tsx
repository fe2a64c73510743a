// /console/filings/:id: opens the step the filing's next action points to.
import { Navigate, useParams } from 'react-router';
import { useWizardContext } from './filing-wizard-layout.tsx';

export function FilingEntryRedirect() {
  const { id = '' } = useParams();
  const { filing } = useWizardContext();
  const step = filing.nextAction === 'FILL_SUBJECT' ? 'subject' : 'websites';
  return <Navigate to={`/console/filings/${id}/${step}`} replace />;
}
