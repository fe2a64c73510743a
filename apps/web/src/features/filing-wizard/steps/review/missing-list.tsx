// The refused submission's list of what is still missing, each with a link to where it is done.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { slotLabel } from '../materials/material-labels.ts';
import type { MissingItem } from './missing-items.ts';

/** The page's own words for the paths the submission guard names; the server's message for any other. */
function stepText(t: TFunction, item: Extract<MissingItem, { type: 'step' }>): string {
  const website = item.path.match(/^websites\.(.+)$/)?.[1];
  const known: Record<string, string> = {
    'subject.filingPassword': t('filing.subject.missing.password'),
    'subject.principal.mobile': t('filing.subject.missing.mobile'),
    subject: t('filing.subject.missing.fields'),
    websites: t('submission.missing.noWebsite'),
  };
  const message = website ? t('submission.missing.website', { number: website }) : (known[item.path] ?? item.message);
  return t('submission.missing.stepItem', { step: t(`submission.missing.steps.${item.step}`), message });
}

export function MissingList({ items }: { items: readonly MissingItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="missing" role="alert">
      <p className="missing__title">{t('submission.missing.title')}</p>
      <ul className="missing__list">
        {items.map((item) => {
          const label = item.type === 'material' ? slotLabel(item) : stepText(t, item);
          const fix = item.type === 'material' ? t('submission.missing.materialFix') : t('submission.missing.stepFix');
          return (
            <li key={item.key} className="missing__item">
              <span>{label}</span>
              {item.to ? (
                <Link to={item.to} aria-label={t('submission.missing.fixLabel', { fix, label })}>
                  {fix}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
