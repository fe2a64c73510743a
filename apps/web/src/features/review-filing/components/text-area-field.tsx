// A labelled multi-line field with an optional error, wired like TextField for assistive technology.
import { type ComponentProps, useId } from 'react';

type TextAreaFieldProps = Omit<ComponentProps<'textarea'>, 'id'> & { label: string; error?: string };

export function TextAreaField({ label, error, required, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={['field', error ? 'field--invalid' : undefined].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        {...textarea}
        id={id}
        className="field__input review-textarea"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
