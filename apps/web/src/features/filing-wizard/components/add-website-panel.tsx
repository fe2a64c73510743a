// "继续添加网站": the subject's filed websites not in this order (never listed, or taken out), ready to add back.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { listOf } from '../../../i18n/list.ts';
import type { RegistryWebsite } from '../steps/websites-form-values.ts';

export function AddWebsitePanel({
  available,
  onAdd,
}: {
  available: readonly RegistryWebsite[];
  onAdd: (website: RegistryWebsite) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('filing.websites.addTitle')}>
      {available.length === 0 ? (
        <p className="muted">{t('filing.websites.allAdded')}</p>
      ) : (
        <>
          <p className="muted">{t('filing.websites.addBody')}</p>
          <ul className="add-list">
            {available.map((website) => (
              <li key={website.websiteFilingNo} className="add-list__item">
                <span>
                  <strong>{website.name}</strong> <span className="mono">{website.websiteFilingNo}</span>
                  <span className="muted"> · {listOf(website.domains)}</span>
                </span>
                <Button
                  variant="secondary"
                  onClick={() => onAdd(website)}
                  aria-label={t('filing.websites.addNamed', { name: website.name })}
                >
                  {t('filing.websites.add')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
