// The cloud-service choice of the verify step and of each website: one of the account's resources (radio cards,
// ineligible ones disabled with their reasons) or a filing authorisation code from another account.
import type { CloudResourceView, CloudServiceRef } from '@beian/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useResources } from '../api/filing-queries.ts';
import { ResourceChoice } from './resource-choice.tsx';

type CloudServicePickerProps = {
  legend: string;
  /** The form field it fills, so a step's list of missing things can take the focus here. */
  field?: string;
  hint?: string;
  value: CloudServiceRef | null;
  onChange: (value: CloudServiceRef) => void;
  onBlur?: () => void;
  error?: string;
  disabled?: boolean;
  /** Lists only usable resources (and the chosen one): for the websites step, after verify explained the rest. */
  compact?: boolean;
};

export function CloudServicePicker(props: CloudServicePickerProps) {
  const { legend, field, hint, value, onChange, onBlur, error, disabled, compact = false } = props;
  const { t } = useTranslation();
  const id = useId();
  const resources = useResources();
  const authCode = value?.kind === 'AUTH_CODE' ? value.code : '';
  const chosen = (r: CloudResourceView) => value?.kind === 'RESOURCE' && value.resourceId === r.id;
  const shown = resources.data?.filter((r) => !compact || r.eligible || chosen(r));
  const hidden = (resources.data?.length ?? 0) - (shown?.length ?? 0);
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');

  return (
    <fieldset
      className={['picker', error ? 'picker--invalid' : ''].filter(Boolean).join(' ')}
      data-field={field}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      onBlur={onBlur}
      disabled={disabled}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="picker__choices">
        {resources.isPending ? <Spinner label={t('filing.cloud.loading')} /> : null}
        {resources.isError ? (
          <Alert tone="error">{t('filing.cloud.loadFailed', { message: errorMessage(resources.error) })}</Alert>
        ) : null}
        {resources.data?.length === 0 ? <p className="muted">{t('filing.cloud.none')}</p> : null}
        {shown?.map((resource) => (
          <ResourceChoice
            key={resource.id}
            resource={resource}
            name={id}
            checked={chosen(resource)}
            onSelect={() => onChange({ kind: 'RESOURCE', resourceId: resource.id })}
          />
        ))}
        <AuthCodeChoice name={id} code={authCode} checked={value?.kind === 'AUTH_CODE'} onChange={onChange} />
      </div>
      {hidden > 0 ? <p className="field__hint">{t('filing.verify.hiddenResources', { count: hidden })}</p> : null}
    </fieldset>
  );
}

type AuthCodeChoiceProps = {
  name: string;
  code: string;
  checked: boolean;
  onChange: (value: CloudServiceRef) => void;
};

function AuthCodeChoice({ name, code, checked, onChange }: AuthCodeChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={['choice-card', checked ? 'choice-card--checked' : ''].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="radio"
        name={name}
        className="choice-card__radio"
        checked={checked}
        onChange={() => onChange({ kind: 'AUTH_CODE', code })}
        aria-describedby={`${id}-body`}
      />
      <span className="choice-card__main">
        <label className="choice-card__title" htmlFor={id}>
          {t('filing.cloud.authCode')}
        </label>
        <span className="choice-card__details" id={`${id}-body`}>
          {t('filing.cloud.authCodeBody')}
        </span>
        {checked ? (
          <span className="choice-card__extra">
            <label className="visually-hidden" htmlFor={`${id}-code`}>
              {t('filing.cloud.authCodeField')}
            </label>
            <input
              id={`${id}-code`}
              className="field__input mono"
              value={code}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('filing.cloud.authCodeField')}
              onChange={(event) => onChange({ kind: 'AUTH_CODE', code: event.target.value.toUpperCase() })}
            />
          </span>
        ) : null}
      </span>
    </div>
  );
}
