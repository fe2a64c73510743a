// "What you need to do now": the filing's next action in words, with a link to the step that does it (a rejection
// links to the filing itself, whose entry opens the first step a reason names).
import type { NextAction } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../../components/ui/card.tsx';

const STEP_OF = {
  FILL_SUBJECT: 'subject',
  CONFIRM_WEBSITES: 'websites',
  UPLOAD_MATERIALS: 'materials',
  TAKE_PHOTO: 'photo',
  RETAKE_PHOTO: 'photo',
  FIX_REJECTION: '',
} as const satisfies Partial<Record<NextAction, string>>;

const hasStep = (action: NextAction): action is keyof typeof STEP_OF => action in STEP_OF;

export function NextActionBox({ filingId, action }: { filingId: string; action: NextAction }) {
  const { t } = useTranslation();
  return (
    <Card title={t('progress.now.title')} className="progress-now">
      <p>{t(`progress.now.${action}`)}</p>
      {hasStep(action) ? (
        <p>
          <Link to={`/console/filings/${filingId}${STEP_OF[action] ? `/${STEP_OF[action]}` : ''}`}>
            {t(`progress.now.go.${action}`)}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
