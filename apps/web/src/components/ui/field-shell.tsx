// The frame every labelled form control shares: label, hint and error, and the attributes that tie them to the
// control for assistive technology (aria-invalid, aria-describedby, aria-required).
import { type ReactNode, useId } from 'react';

export type FieldControlProps = {
  id: string;
  'aria-required': true | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type FieldShellProps = {
  label: string;
  hint?: string;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  /** Shown under the control while there is no error (e.g. a live preview of what was typed). */
  note?: ReactNode;
  /**
   * Keeps one line under the control for the error or the note even while both are empty, so one appearing (say on
   * blur) does not move what follows under the pointer.
   */
  reserveLine?: boolean;
  /** Renders the control with the attributes it needs. */
  children: (control: FieldControlProps) => ReactNode;
};

export function FieldShell(props: FieldShellProps) {
  const { label, hint, error, required, className, note, reserveLine = false, children } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = error ? (
    <p className="field__error" id={errorId}>
      {error}
    </p>
  ) : undefined;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ');
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
      {children({
        id,
        // Native `required` would make the browser validate before the form can; aria-required keeps the meaning.
        'aria-required': required || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {reserveLine ? <div className="field__message">{message ?? note}</div> : (message ?? note ?? null)}
    </div>
  );
}
