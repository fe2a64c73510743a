// Every field of the filing as the applicant entered it, section by section, with the step-1 check results next
// to the values they concern.
import type { CheckResult } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card.tsx';
import type { FieldSection } from '../filing-fields.ts';
import { checkName, reasonText } from '../review-labels.ts';

const ICONS = { pass: '✓', warn: '!', fail: '✗' } as const;

function CheckResults({ checks, label }: { checks: readonly CheckResult[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="check-list" aria-label={label}>
      {checks.map((check) => (
        <li key={check.name} className={`check check--${check.status}`}>
          <span className="check__icon" aria-hidden="true">
            {ICONS[check.status]}
          </span>
          <span className="check__name">{checkName(check.name)}</span>
          <span className="check__status">{t(`reviewFiling.checkStatus.${check.status}`)}</span>
          {check.reason ? <span className="check__reason">{reasonText(check.reason)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

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
                    <CheckResults checks={row.checks} label={t('reviewFiling.checksFor', { field: row.label })} />
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
