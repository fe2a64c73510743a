// The agreement checkbox: its label links to the terms and the privacy notice (new window, so the wizard stays put).
import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = { checked: boolean; onChange: (checked: boolean) => void; error?: string; disabled?: boolean };

export const AgreementField = forwardRef<HTMLInputElement, Props>(function AgreementField(
  { checked, onChange, error, disabled },
  ref,
) {
  const { t } = useTranslation();
  const id = useId();
  const legalLink = (to: string, text: string) => (
    <Link to={to} target="_blank" rel="noopener">
      {text}
      <span className="visually-hidden">{t('submission.agreement.newWindow')}</span>
    </Link>
  );
  return (
    <div className="checkbox agreement">
      <input
        ref={ref}
        id={id}
        type="checkbox"
        className="checkbox__input"
        checked={checked}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="checkbox__label" htmlFor={id}>
        {t('submission.agreement.before')}
        {legalLink('/legal/terms', t('submission.agreement.terms'))}
        {t('submission.agreement.and')}
        {legalLink('/legal/privacy', t('submission.agreement.privacy'))}
      </label>
      {error ? (
        <p className="field__error checkbox__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
});
