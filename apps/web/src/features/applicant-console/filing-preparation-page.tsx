// /console/filings/new: everything to have at hand before the filing wizard's first step checks it.
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';

const ITEMS = ['certificate', 'principal', 'domain', 'server', 'password'] as const;
const AFTER = ['sheet', 'photo', 'sms'] as const;

export function FilingPreparationPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('applicant.prepare.title')} intro={t('applicant.prepare.intro')} />
      <Card title={t('applicant.prepare.heading')}>
        <ul className="checklist" aria-label={t('applicant.prepare.checklistTitle')}>
          {ITEMS.map((item) => (
            <li key={item} className="checklist__item">
              <span className="checklist__mark" aria-hidden="true" />
              <div>
                <h3 className="checklist__title">{t(`applicant.prepare.items.${item}.title`)}</h3>
                <p className="checklist__body">{t(`applicant.prepare.items.${item}.body`)}</p>
              </div>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t('applicant.prepare.afterTitle')}>
        <ul className="plain-list">
          {AFTER.map((item) => (
            <li key={item}>{t(`applicant.prepare.after.${item}`)}</li>
          ))}
        </ul>
      </Card>
      <p>
        <ButtonLink to="/console" variant="secondary">
          {t('applicant.prepare.back')}
        </ButtonLink>
      </p>
    </>
  );
}
