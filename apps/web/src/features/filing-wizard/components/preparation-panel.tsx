// What to have at hand before verifying, folded away above the form so it helps first-timers without slowing others.
import { useTranslation } from 'react-i18next';

const ITEMS = ['certificate', 'principal', 'domain', 'server', 'password'] as const;

export function PreparationPanel({ open }: { open: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="prepare-panel" open={open}>
      <summary className="prepare-panel__summary">{t('filing.verify.prepare')}</summary>
      <p className="prepare-panel__intro">{t('applicant.prepare.intro')}</p>
      <ul className="checklist">
        {ITEMS.map((item) => (
          <li key={item} className="checklist__item">
            <span className="checklist__mark" aria-hidden="true" />
            <div>
              <p className="checklist__title">{t(`applicant.prepare.items.${item}.title`)}</p>
              <p className="checklist__body">{t(`applicant.prepare.items.${item}.body`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
