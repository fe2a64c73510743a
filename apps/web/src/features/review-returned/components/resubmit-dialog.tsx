// 重新提交管局: a modal form for one returned filing: the reason (required, the contract's limit; common reasons fill it
// in with one press) sent with the version the list showed. Focus starts in the reason, Tab stays inside, Escape
// cancels and focus returns to the row's button; a refusal is worded in the dialog, a changed filing offers a reload.
import { ResubmitToBureauBodySchema, type ReturnedFiling } from '@beian/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { onDialogKeyDown } from '../../../components/ui/dialog-keys.ts';
import { FieldShell } from '../../../components/ui/field-shell.tsx';
import { isApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { useResubmitToBureau } from '../api/returned-api.ts';

const ReasonFormSchema = ResubmitToBureauBodySchema.pick({ reason: true });
type ReasonForm = { reason: string };

/** The contract's limit; the field stops there. */
const REASON_MAX = 500;
const PRESETS = ['called', 'noText', 'howTo'] as const;

type ResubmitDialogProps = {
  filing: ReturnedFiling;
  onDone: (filing: ReturnedFiling) => void;
  onCancel: () => void;
  onReload: () => void;
};

/** A 409 means the list is out of date: the filing changed, or is no longer in a failed check. */
function FailureAlert({ orderNo, failure, onReload }: { orderNo: string; failure: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const stale = isApiError(failure, 'STALE_VERSION');
  const illegal = isApiError(failure, 'ILLEGAL_TRANSITION');
  return (
    <Alert tone="error" title={t('returnedFilings.resubmit.failed', { orderNo })}>
      <p>
        {stale
          ? t('returnedFilings.resubmit.stale')
          : illegal
            ? t('returnedFilings.resubmit.illegal')
            : errorMessage(failure)}
      </p>
      {stale || illegal ? (
        <Button variant="secondary" onClick={onReload}>
          {t('returnedFilings.resubmit.reload')}
        </Button>
      ) : null}
    </Alert>
  );
}

export function ResubmitDialog({ filing, onDone, onCancel, onReload }: ResubmitDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const resubmit = useResubmitToBureau();
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<ReasonForm, unknown, ReasonForm>({
    resolver: zodFormResolver(ReasonFormSchema),
    defaultValues: { reason: '' },
  });
  useRetranslateErrors(form);
  const { ref: registerRef, ...reason } = form.register('reason');
  const error = form.formState.errors.reason?.message;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    textarea.current?.focus();
    return () => opener?.focus();
  }, []);

  const submit = async ({ reason: text }: ReasonForm) => {
    setFailure(undefined);
    try {
      await resubmit.mutateAsync({ filing, reason: text });
      onDone(filing);
    } catch (caught) {
      // A reason the server refuses (its own checks of the text) is shown on the field; anything else above the buttons.
      if (!placeServerErrors(caught, form.setError, ['reason'])) setFailure(caught);
    }
  };

  const fill = (text: string) => {
    form.setValue('reason', text, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    textarea.current?.focus();
  };

  // Escape cancels (not while the resubmission is on its way); Tab stays inside the dialog.
  const onKeyDown = (event: React.KeyboardEvent) =>
    onDialogKeyDown(event, dialog.current, () => {
      if (!resubmit.isPending) onCancel();
    });

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog resubmit-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 className="dialog__title" id={`${id}-title`}>
          {t('returnedFilings.resubmit.title', { orderNo: filing.orderNo })}
        </h2>
        <p className="dialog__body" id={`${id}-body`}>
          {t('returnedFilings.resubmit.body')}
        </p>
        <form className="form resubmit-form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
          <FieldShell
            label={t('returnedFilings.resubmit.reason')}
            hint={t('returnedFilings.resubmit.reasonHint', { max: REASON_MAX })}
            error={error}
            required
          >
            {(control) => (
              <textarea
                {...reason}
                {...control}
                ref={(element) => {
                  registerRef(element);
                  textarea.current = element;
                }}
                className="field__input resubmit-form__reason"
                rows={4}
                maxLength={REASON_MAX}
              />
            )}
          </FieldShell>
          <fieldset className="resubmit-form__presets">
            <legend className="field__label">{t('returnedFilings.resubmit.presets')}</legend>
            {PRESETS.map((preset) => (
              <Button
                key={preset}
                variant="ghost"
                className="resubmit-form__preset"
                onClick={() => fill(t(`returnedFilings.resubmit.preset.${preset}`))}
              >
                {t(`returnedFilings.resubmit.preset.${preset}`)}
              </Button>
            ))}
          </fieldset>
          {failure ? <FailureAlert orderNo={filing.orderNo} failure={failure} onReload={onReload} /> : null}
          <div className="dialog__actions">
            <Button variant="secondary" disabled={resubmit.isPending} onClick={onCancel}>
              {t('returnedFilings.resubmit.cancel')}
            </Button>
            <Button type="submit" busy={resubmit.isPending}>
              {resubmit.isPending ? t('returnedFilings.resubmit.submitting') : t('returnedFilings.resubmit.submit')}
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
