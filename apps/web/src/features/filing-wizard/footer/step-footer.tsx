// The foot of every wizard step: whether the changes are saved, what is still missing (each a link that takes the
// focus to its field), and "next". The server's verdict decides; while it says incomplete, "next" is disabled and
// the list is never empty: when the page cannot name anything, it says the server is still catching up.
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonLink } from '../../../components/ui/button-link.tsx';
import { AutosaveStatus } from '../components/autosave-status.tsx';
import type { AutosaveState } from '../hooks/use-autosave.ts';
import { focusField, type MissingField } from './missing-field.ts';

type Next = { label: string } & ({ onClick: () => void } | { to: string });

type Props = {
  /** The autosave of the step, or another status line (e.g. the materials' count). */
  status: { state: AutosaveState; flush: () => Promise<boolean> } | ReactNode;
  /** The server's verdict on the step. */
  complete: boolean;
  /** What the page can name of what is missing, in page order; shown while the step is not complete. */
  missing: readonly MissingField[];
  /** Said once complete. */
  done?: string;
  next: Next;
  /** The list only informs and "next" stays open (the review step names what blocks the submission). */
  advisory?: boolean;
};

const isAutosave = (status: Props['status']): status is { state: AutosaveState; flush: () => Promise<boolean> } =>
  typeof status === 'object' && status !== null && 'flush' in status;

export function StepFooter({ status, complete, missing, done, next, advisory = false }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const listed: readonly MissingField[] = complete
    ? []
    : missing.length > 0
      ? missing
      : [{ key: 'pending', label: t('filing.footer.pending') }];
  const blocked = !advisory && !complete;
  const describedBy = listed.length > 0 ? listId : undefined;
  return (
    <div className="step-footer">
      {isAutosave(status) ? <AutosaveStatus state={status.state} onRetry={() => void status.flush()} /> : status}
      <div className="step-footer__next">
        {listed.length === 0 ? (
          done ? (
            <p className="verified">{done}</p>
          ) : null
        ) : (
          <div id={listId} className="step-footer__missing">
            <p>{t(advisory ? 'filing.footer.stillMissing' : 'filing.footer.missingTitle')}</p>
            <ul>
              {listed.map((item) => (
                <li key={item.key}>{item.field ? <FieldLink field={item.field} label={item.label} /> : item.label}</li>
              ))}
            </ul>
          </div>
        )}
        {'to' in next ? (
          <ButtonLink to={next.to} aria-describedby={describedBy}>
            {next.label}
          </ButtonLink>
        ) : (
          <Button disabled={blocked} aria-describedby={describedBy} onClick={next.onClick}>
            {next.label}
          </Button>
        )}
      </div>
    </div>
  );
}

function FieldLink({ field, label }: { field: string; label: string }) {
  return (
    <a
      href={`#${field}`}
      className="step-footer__link"
      onClick={(event) => {
        const step = event.currentTarget.closest('form, .wizard-form') ?? document;
        if (focusField(step, field)) event.preventDefault();
      }}
    >
      {label}
    </a>
  );
}
