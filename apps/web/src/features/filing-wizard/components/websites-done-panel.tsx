// What the websites step's "next" leads to: everything saved, and the way on to the materials step.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonLink } from '../../../components/ui/button-link.tsx';
import { DonePanel } from './done-panel.tsx';

export function WebsitesDonePanel({ filingId, onEdit }: { filingId: string; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <DonePanel title={t('filing.websites.doneTitle')}>
      <p className="done-panel__body">{t('filing.websites.doneBody')}</p>
      <p className="page-actions">
        <ButtonLink to={`/console/filings/${filingId}/materials`}>{t('filing.websites.toMaterials')}</ButtonLink>
        <Button variant="secondary" onClick={onEdit}>
          {t('filing.websites.edit')}
        </Button>
      </p>
    </DonePanel>
  );
}
