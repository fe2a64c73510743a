// /admin: the administrator's landing: today's review workload and the way into the audit log.
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';

/** `reviewFigures` comes from the review feature; the router puts the two together. */
export function AdminOverviewPage({ reviewFigures }: { reviewFigures: ReactNode }) {
  const { t } = useTranslation();
  const reviewHeadingId = useId();
  return (
    <>
      <PageHeader title={t('admin.overview.title')} intro={t('admin.overview.intro')} />
      <section className="page-section" aria-labelledby={reviewHeadingId}>
        <h2 id={reviewHeadingId} className="page-section__title">
          {t('admin.overview.reviewHeading')}
        </h2>
        {reviewFigures}
      </section>
      <Card
        title={t('admin.overview.auditHeading')}
        actions={
          <ButtonLink to="/admin/audit-log" variant="secondary">
            {t('admin.overview.openAudit')}
          </ButtonLink>
        }
      >
        <p className="muted">{t('admin.overview.auditBody')}</p>
      </Card>
    </>
  );
}
