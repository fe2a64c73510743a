// A labelled multi-line field with a hint and an error, wired like TextField for assistive technology.
import type { ComponentProps } from 'react';
import { FieldShell } from '../../../components/ui/field-shell.tsx';

type ReasonFieldProps = Omit<ComponentProps<'textarea'>, 'id'> & { label: string; hint?: string; error?: string };

export function ReasonField({ label, hint, error, required, ...textarea }: ReasonFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} required={required}>
      {(control) => <textarea {...textarea} {...control} className="field__input sim-reason" />}
    </FieldShell>
  );
}
