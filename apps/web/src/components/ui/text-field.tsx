// A labelled text input with an optional hint and error, wired for assistive technology (aria-invalid, aria-describedby).
import { type ComponentProps, type ReactNode, useId } from 'react';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Shown on the input's line, e.g. the submit button of a one-field search. */
  trailing?: ReactNode;
};

export function TextField({ label, hint, error, trailing, className, required, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ');
  const control = (
    <input
      {...input}
      id={id}
      className="field__input"
      // Native `required` would make the browser validate before the form can; aria-required keeps the meaning.
      aria-required={required || undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
    />
  );
  return (
    <div className={['field', error ? 'field--invalid' : undefined, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {trailing ? (
        <div className="field__row">
          {control}
          {trailing}
        </div>
      ) : (
        control
      )}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
