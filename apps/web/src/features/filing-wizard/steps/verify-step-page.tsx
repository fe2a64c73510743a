// /console/filings/new: step 1 before any filing exists — what to prepare, the verify form, and every check's result.
import type { VerifyBody, VerifyResponse } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { filingKeys } from '../api/filing-queries.ts';
import { verifyFiling } from '../api/filings-api.ts';
import { placeFieldErrors } from '../api/place-field-errors.ts';
import { PreparationPanel } from '../components/preparation-panel.tsx';
import { VerifyResult } from '../components/verify-result.tsx';
import { WizardStepper } from '../components/wizard-stepper.tsx';
import { clearVerifyDraft, readVerifyDraft } from './verify-draft.ts';
import { useVerifyForm, VerifyFormFields } from './verify-form.tsx';
import type { VerifyFormValues } from './verify-schema.ts';

const isEmpty = (values: VerifyFormValues) => Object.values(values).every((value) => !value);

const FIELDS = ['province', 'nature', 'certType', 'certNumber', 'domain', 'cloudService'] as const;

export function VerifyStepPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [initial] = useState(readVerifyDraft);
  const form = useVerifyForm(initial);
  const [result, setResult] = useState<VerifyResponse>();
  const [failure, setFailure] = useState<unknown>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const verify = useMutation({
    mutationFn: (body: VerifyBody) => verifyFiling(body),
    onMutate: () => {
      setResult(undefined);
      setFailure(undefined);
    },
    onSuccess: (response) => {
      setResult(response);
      if (!response.filing) return;
      clearVerifyDraft();
      void queryClient.invalidateQueries({ queryKey: filingKeys.list() });
    },
    onError: (error) => {
      const onFields = placeFieldErrors(error, form.setError, (path) =>
        FIELDS.find((field) => path === field || path.startsWith(`${field}.`)),
      );
      if (!onFields) setFailure(error);
    },
  });

  // The answer replaces the button's busy state: take keyboard and screen-reader users straight to it.
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  return (
    <>
      <PageHeader title={t('filing.verify.title')} intro={t('filing.verify.intro')} />
      <WizardStepper current="verify" />
      {/* Open for a first look; folded once the applicant has started typing. */}
      <PreparationPanel open={isEmpty(initial)} />
      <section className="card">
        <div className="card__body">
          <VerifyFormFields form={form} busy={verify.isPending} onSubmit={(body) => verify.mutate(body)} />
        </div>
      </section>
      <div aria-live="polite">
        {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
        {result ? <VerifyResult result={result} headingRef={resultHeading} /> : null}
      </div>
    </>
  );
}
