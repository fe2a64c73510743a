// A checkbox with its label beside it (the whole label is the click target) and an optional error under it.
import { type ComponentProps, useId } from 'react';

type CheckboxFieldProps = Omit<ComponentProps<'input'>, 'id' | 'type'> & { label: string; error?: string };

export function CheckboxField({ label, error, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={['checkbox', className].filter(Boolean).join(' ')}>
      <input
        {...input}
        id={id}
        type="checkbox"
        className="checkbox__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label className="checkbox__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="field__error checkbox__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
