// A filing's next action in words, as a link into the wizard step that does it; waiting for a review needs no link,
// except after a failed SMS check, whose next move the progress step explains. At the bureau and once filed the link
// opens the progress step. A rejection links to the filing itself, whose entry opens the first step a reason names.
import type { FilingSummary } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const STEP_OF: Partial<Record<FilingSummary['nextAction'], string>> = {
  FILL_SUBJECT: 'subject',
  CONFIRM_WEBSITES: 'websites',
  UPLOAD_MATERIALS: 'materials',
  TAKE_PHOTO: 'photo',
  RETAKE_PHOTO: 'photo',
  FIX_REJECTION: '',
  CONFIRM_MIIT_SMS: 'progress',
  WAIT_FOR_BUREAU: 'progress',
  VIEW_FILED: 'progress',
};

const stepOf = (filing: FilingSummary) =>
  filing.nextAction === 'WAIT_FOR_REVIEW' && filing.status === 'SMS_FAILED' ? 'progress' : STEP_OF[filing.nextAction];

export function NextActionLink({ filing }: { filing: FilingSummary }) {
  const { t } = useTranslation();
  const label = t(`filing.nextAction.${filing.nextAction}`);
  const step = stepOf(filing);
  if (step === undefined) return <span className="muted">{label}</span>;
  return (
    <Link
      to={step ? `/console/filings/${filing.id}/${step}` : `/console/filings/${filing.id}`}
      aria-label={`${label} · ${filing.orderNo}`}
    >
      {label}
    </Link>
  );
}
