// A labelled text input with an optional hint and error, wired for assistive technology (aria-invalid, aria-describedby).
import type { ComponentProps, ReactNode } from 'react';
import { FieldShell } from './field-shell.tsx';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: string;
  hint?: string;
  error?: ReactNode;
  /** Shown on the input's line, e.g. the submit button of a one-field search. */
  trailing?: ReactNode;
} & Pick<ComponentProps<typeof FieldShell>, 'note' | 'reserveLine'>;

export function TextField(props: TextFieldProps) {
  const { label, hint, error, trailing, className, required, note, reserveLine, ...input } = props;
  return (
    <FieldShell
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
      note={note}
      reserveLine={reserveLine}
    >
      {(control) => {
        const field = <input {...input} {...control} className="field__input" />;
        return trailing ? (
          <div className="field__row">
            {field}
            {trailing}
          </div>
        ) : (
          field
        );
      }}
    </FieldShell>
  );
}
