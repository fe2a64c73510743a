// The end of every rules form: the required reason for the new version, why a publish failed, and the buttons to
// publish or to leave the edit.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FieldShell } from '../../../components/ui/field-shell.tsx';
import { errorMessage } from '../../../lib/error-message.ts';

type Props = {
  reasonLabel: string;
  reason: UseFormRegisterReturn<'reason'>;
  reasonError: string | undefined;
  /** The publish's mutation state: its failure is shown under this title. */
  publish: { isPending: boolean; isError: boolean; error: unknown };
  failedTitle: string;
  publishLabel: string;
  leave: { label: string; onClick: () => void };
};

export function PublishFooter({ reasonLabel, reason, reasonError, publish, failedTitle, publishLabel, leave }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FieldShell label={reasonLabel} hint={t('adminRules.form.reasonHint')} error={reasonError} required>
        {(control) => <textarea {...reason} {...control} className="field__input" rows={2} />}
      </FieldShell>
      {publish.isError ? (
        <Alert tone="error" title={failedTitle}>
          {errorMessage(publish.error)}
        </Alert>
      ) : null}
      <div className="rules-form__actions">
        <Button type="submit" busy={publish.isPending}>
          {publishLabel}
        </Button>
        <Button variant="ghost" onClick={leave.onClick}>
          {leave.label}
        </Button>
      </div>
    </>
  );
}
