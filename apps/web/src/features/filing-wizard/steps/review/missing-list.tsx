// The refused submission's list of what is still missing, each with a link to where it is done.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { slotLabel } from '../materials/material-labels.ts';
import type { MissingItem } from './missing-items.ts';

export function MissingList({ items }: { items: readonly MissingItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="missing" role="alert">
      <p className="missing__title">{t('submission.missing.title')}</p>
      <ul className="missing__list">
        {items.map((item) => {
          const label =
            item.type === 'material'
              ? slotLabel(item)
              : t('submission.missing.stepItem', {
                  step: t(`submission.missing.steps.${item.step}`),
                  message: item.message,
                });
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
