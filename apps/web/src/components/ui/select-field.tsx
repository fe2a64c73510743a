// A labelled native select with an optional hint and error, wired like TextField for assistive technology.
import type { ComponentProps, ReactNode } from 'react';
import { FieldShell } from './field-shell.tsx';

type SelectFieldProps = Omit<ComponentProps<'select'>, 'id'> & {
  label: string;
  hint?: string;
  error?: ReactNode;
  children: ReactNode;
};

export function SelectField({ label, hint, error, className, required, children, ...select }: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => (
        <select {...select} {...control} className="field__input field__select">
          {children}
        </select>
      )}
    </FieldShell>
  );
}
