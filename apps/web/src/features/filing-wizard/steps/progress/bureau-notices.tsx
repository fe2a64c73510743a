// The bureau stage's other states: a failed SMS check (why, and what happens next), the bureau's review (when it
// should decide) and its rejection (the reason, with the steps to edit and the review step to resubmit).
import type { BureauCheck } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Card } from '../../../../components/ui/card.tsx';
import { OwnWords } from '../../../../components/ui/own-words.tsx';
import { nodesInto } from '../../../../lib/nodes-into.tsx';

export function SmsFailedNotice({ check }: { check: BureauCheck | null }) {
  const { t } = useTranslation();
  const failure = check?.failure;
  return (
    <Alert tone="error" title={t('progress.failed.title')}>
      <p>{failure ? t(`progress.failed.${failure}`) : t('progress.failed.unknown')}</p>
      <p>{t('progress.failed.next')}</p>
    </Alert>
  );
}

export function BureauReviewNotice({ dueAt, workingDays }: { dueAt: string | null; workingDays: number }) {
  const { t } = useTranslation();
  return (
    <Card title={t('progress.review.title')}>
      <p>
        {dueAt
          ? t('progress.review.due', { time: formatBeijing(dueAt, 'dateTime', { deadline: true }) })
          : t('progress.review.noDue', { days: workingDays })}
      </p>
    </Card>
  );
}

const EDIT_STEPS = ['subject', 'websites', 'materials'] as const;

export function BureauRejectedNotice({ filingId, check }: { filingId: string; check: BureauCheck | null }) {
  const { t } = useTranslation();
  const base = `/console/filings/${filingId}`;
  return (
    <Alert tone="error" title={t('progress.rejected.title')}>
      <p>
        {check?.bureauReason
          ? nodesInto((slots) => t('progress.rejected.reason', slots), {
              reason: <OwnWords text={check.bureauReason} />,
            })
          : t('progress.rejected.noReason')}
      </p>
      <p>{t('progress.rejected.next')}</p>
      <ul>
        {EDIT_STEPS.map((step) => (
          <li key={step}>
            <Link to={`${base}/${step}`}>{t(`progress.rejected.${step}`)}</Link>
          </li>
        ))}
        <li>
          <Link to={`${base}/review`}>{t('progress.rejected.review')}</Link>
        </li>
      </ul>
    </Alert>
  );
}
