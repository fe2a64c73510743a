// Every field of the filing as the applicant entered it, section by section, with the step-1 check results next
// to the values they concern.
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card.tsx';
import { CheckList } from '../../../components/ui/check-list.tsx';
import type { FieldSection } from '../filing-fields.ts';

export function FieldSections({ sections }: { sections: FieldSection[] }) {
  const { t } = useTranslation();
  return (
    <>
      {sections.map((section) => (
        <Card key={section.key} title={section.title} className="review-section">
          <dl className="review-fields">
            {section.rows.map((row) => (
              <div key={row.label} className="review-fields__row">
                <dt>{row.label}</dt>
                <dd>
                  {row.value ?? <span className="review-fields__empty">{t('reviewFiling.notGiven')}</span>}
                  {row.checks?.length ? (
                    <CheckList checks={row.checks} label={t('reviewFiling.checksFor', { field: row.label })} />
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      ))}
    </>
  );
}
