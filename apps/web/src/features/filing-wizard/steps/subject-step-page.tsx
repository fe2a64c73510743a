// /console/filings/:id/subject (step 2.1): the filed subject and the new principal, autosaved as typed; done
// when the server says so (password verified, mobile verified, every field valid).
import type { FilingDetail } from '@beian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { currentVersion, filingKeys, storeFiling } from '../api/filing-queries.ts';
import { getFiling, updateSubject } from '../api/filings-api.ts';
import { placeFieldErrors } from '../api/place-field-errors.ts';
import { useWizardContext } from '../components/filing-wizard-layout.tsx';
import { PasswordCheck } from '../components/password-check.tsx';
import { SmsVerification } from '../components/sms-verification.tsx';
import { useNextStep } from '../footer/saved-notice.tsx';
import { useAutosave } from '../hooks/use-autosave.ts';
import { PrincipalFields, RegistryFields } from './subject-fields.tsx';
import { SubjectFooter } from './subject-footer.tsx';
import {
  SUBJECT_FIELDS,
  type SubjectFormValues,
  subjectFormSchema,
  toSubjectDraft,
  toSubjectForm,
} from './subject-form-values.ts';

export function SubjectStepPage() {
  const { filing, editable } = useWizardContext();
  // The form starts from the filing as first loaded; later saves must not overwrite what is being typed.
  return <SubjectStep key={filing.id} filing={filing} editable={editable} />;
}

function SubjectStep({ filing, editable }: { filing: FilingDetail; editable: boolean }) {
  const queryClient = useQueryClient();
  const nextStep = useNextStep();
  const savedCert = filing.subject.principal.certNumberMasked;
  const schema = useMemo(() => subjectFormSchema(Boolean(savedCert)), [savedCert]);
  const form = useForm<SubjectFormValues>({
    // The form always holds a string where the contract allows none (certNumber): a narrower, compatible shape.
    resolver: zodFormResolver(schema) as unknown as Resolver<SubjectFormValues>,
    mode: 'onTouched',
    defaultValues: toSubjectForm(filing),
  });
  useRetranslateErrors(form);
  const values = useWatch({ control: form.control }) as SubjectFormValues;
  const draft = useMemo(() => toSubjectDraft(values), [values]);

  const autosave = useAutosave({
    value: draft,
    enabled: editable,
    save: async (subject) => {
      const updated = await updateSubject(filing.id, currentVersion(queryClient, filing.id) ?? filing.version, subject);
      storeFiling(queryClient, updated);
    },
    onConflict: () => {
      void queryClient
        .fetchQuery({ queryKey: filingKeys.detail(filing.id), queryFn: () => getFiling(filing.id), staleTime: 0 })
        .then((fresh) => {
          const next = toSubjectForm(fresh);
          autosave.reset(toSubjectDraft(next));
          form.reset(next);
        });
    },
    onError: (error) =>
      placeFieldErrors(error, form.setError, (path) =>
        SUBJECT_FIELDS.find((field) => field === path.replace(/^subject\./, '')),
      ),
  });

  const mobileValid = !form.formState.errors.principal?.mobile && values.principal.mobile.trim() !== '';
  const checked = schema.safeParse(values);
  const goNext = async () => {
    if (!(await autosave.flush())) return;
    // The last save may have undone the step; the footer then lists why.
    if (queryClient.getQueryData<FilingDetail>(filingKeys.detail(filing.id))?.subject.complete !== false)
      nextStep(`/console/filings/${filing.id}/websites`);
  };

  return (
    <form className="wizard-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <fieldset className="plain-fieldset" disabled={!editable}>
        <RegistryFields
          form={form}
          filing={filing}
          password={<PasswordCheck filing={filing} beforeVerify={autosave.flush} disabled={!editable} />}
        />
        <PrincipalFields
          form={form}
          savedCertNumber={savedCert}
          sms={
            <SmsVerification
              filing={filing}
              beforeSend={autosave.flush}
              mobileValid={mobileValid}
              disabled={!editable}
            />
          }
        />
      </fieldset>
      <SubjectFooter
        subject={filing.subject}
        values={values}
        checked={checked}
        autosave={autosave}
        onNext={() => void goNext()}
      />
    </form>
  );
}
