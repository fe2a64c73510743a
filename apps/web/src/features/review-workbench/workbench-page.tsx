// /review: both queues at a glance, each with its deadline rule and a way in.
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import type { QueueStage } from './queue-page.tsx';

const STAGES: QueueStage[] = ['initial', 'second'];

export function WorkbenchPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('review.workbench.title')} intro={t('review.workbench.intro')} />
      <div className="card-grid card-grid--2">
        {STAGES.map((stage) => (
          <Card
            key={stage}
            title={t(`review.${stage}.title`)}
            actions={
              <ButtonLink to={`/review/${stage}`} variant="secondary">
                {t('review.workbench.openQueue', { queue: t(`review.${stage}.title`) })}
              </ButtonLink>
            }
          >
            <p className="muted">{t(`review.${stage}.description`)}</p>
            <EmptyState title={t(`review.${stage}.empty`)} />
          </Card>
        ))}
      </div>
    </>
  );
}
