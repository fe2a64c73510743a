// /review/initial and /review/second: one review queue, its deadline rule and its (currently empty) list.
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';

export type QueueStage = 'initial' | 'second';

export function QueuePage({ stage }: { stage: QueueStage }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`review.${stage}.title`)} intro={t(`review.${stage}.description`)} />
      <Card>
        <EmptyState title={t(`review.${stage}.empty`)} />
      </Card>
    </>
  );
}
