// What the websites step's "next" leads to: everything saved, and the way on to the materials step.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonLink } from '../../../components/ui/button-link.tsx';

export function WebsitesDonePanel({ filingId, onEdit }: { filingId: string; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card done-panel" aria-labelledby="websites-done-title">
      <div className="card__body">
        <h2 className="done-panel__title" id="websites-done-title" tabIndex={-1} ref={(el) => el?.focus()}>
          <span aria-hidden="true">✓ </span>
          {t('filing.websites.doneTitle')}
        </h2>
        <p className="done-panel__body">{t('filing.websites.doneBody')}</p>
        <p className="page-actions">
          <ButtonLink to={`/console/filings/${filingId}/materials`}>{t('filing.websites.toMaterials')}</ButtonLink>
          <Button variant="secondary" onClick={onEdit}>
            {t('filing.websites.edit')}
          </Button>
        </p>
      </div>
    </section>
  );
}
