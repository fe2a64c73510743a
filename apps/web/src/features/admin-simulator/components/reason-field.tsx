// A labelled multi-line field with a hint and an error, wired like TextField for assistive technology.
import { type ComponentProps, useId } from 'react';

type ReasonFieldProps = Omit<ComponentProps<'textarea'>, 'id'> & { label: string; hint?: string; error?: string };

export function ReasonField({ label, hint, error, required, ...textarea }: ReasonFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : undefined].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        {...textarea}
        id={id}
        className="field__input sim-reason"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
