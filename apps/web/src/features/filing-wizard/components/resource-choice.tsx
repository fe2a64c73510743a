// One cloud resource as a radio card: what it is, where, how it is billed, and whether it can host a filing —
// an ineligible one is disabled and says why, in the same words the verify step uses.
import type { CloudResourceView } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonText } from './labels.ts';

type ResourceChoiceProps = {
  resource: CloudResourceView;
  name: string;
  checked: boolean;
  disabled?: boolean;
  onSelect: () => void;
};

export function ResourceChoice({ resource, name, checked, disabled, onSelect }: ResourceChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const notes = resource.checks.filter((check) => check.status !== 'pass' && check.reason);
  const billing =
    resource.billing === 'PREPAID'
      ? t('filing.cloud.billing.PREPAID', { count: resource.monthsPurchased })
      : t('filing.cloud.billing.POSTPAID');
  const classes = ['choice-card', checked ? 'choice-card--checked' : '', resource.eligible ? '' : 'choice-card--off'];
  return (
    <label className={classes.filter(Boolean).join(' ')} htmlFor={id}>
      <input
        id={id}
        type="radio"
        name={name}
        className="choice-card__radio"
        checked={checked}
        disabled={disabled || !resource.eligible}
        onChange={onSelect}
        // The whole card is the click target; the name is the title, the rest describes it.
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-details ${id}-eligibility`}
      />
      <span className="choice-card__main">
        <span className="choice-card__title" id={`${id}-title`}>
          {resource.name} <span className="choice-card__kind">{t(`filing.cloud.kinds.${resource.kind}`)}</span>
        </span>
        <span className="choice-card__details" id={`${id}-details`}>
          <span className="mono">{resource.instanceId}</span> · {resource.region} ·{' '}
          {resource.publicIp ? t('filing.cloud.ip', { ip: resource.publicIp }) : t('filing.cloud.noIp')} · {billing} ·{' '}
          {t('filing.cloud.expires', { date: formatBeijing(resource.expiresAt, 'date') })}
        </span>
        <span className="choice-card__eligibility" id={`${id}-eligibility`}>
          <span className={resource.eligible ? 'tag tag--ok' : 'tag tag--off'}>
            {resource.eligible ? t('filing.cloud.eligible') : t('filing.cloud.ineligible')}
          </span>
          {notes.length > 0 ? (
            <span className="choice-card__reasons">
              {notes.map((check) => (
                <span key={check.name} className={`choice-card__reason choice-card__reason--${check.status}`}>
                  {reasonText(check.reason ?? '')}
                </span>
              ))}
            </span>
          ) : null}
        </span>
      </span>
    </label>
  );
}
