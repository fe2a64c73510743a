// /console/filings/:id/websites (step 2.2): every filed website of the subject to confirm, each with its cloud
// service and principal, autosaved; "next" saves and moves on to the materials once the server counts every kept
// website complete, and until then the footer lists what each website still needs.
import type { FilingDetail } from '@beian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type Resolver, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { currentVersion, filingKeys, storeFiling, useDetectedWebsites } from '../api/filing-queries.ts';
import { getFiling, updateWebsites } from '../api/filings-api.ts';
import { AddWebsitePanel } from '../components/add-website-panel.tsx';
import { useWizardContext } from '../components/filing-wizard-layout.tsx';
import { WebsiteEntryCard } from '../components/website-entry-card.tsx';
import { useNextStep } from '../footer/saved-notice.tsx';
import { StepFooter } from '../footer/step-footer.tsx';
import { useAutosave } from '../hooks/use-autosave.ts';
import {
  newEntry,
  type RegistryWebsite,
  savedCertNumbers,
  toWebsitesBody,
  toWebsitesForm,
  type WebsitesFormValues,
  websitesFormSchema,
} from './websites-form-values.ts';
import { websitesMissing } from './websites-missing.ts';

export function WebsitesStepPage() {
  const { t } = useTranslation();
  const { filing, editable } = useWizardContext();
  const detected = useDetectedWebsites(filing.id);
  if (detected.isPending) return <Spinner label={t('common.loading')} />;
  if (detected.isError)
    return <Alert tone="error">{t('filing.websites.loadFailed', { message: errorMessage(detected.error) })}</Alert>;
  return <WebsitesStep key={filing.id} filing={filing} detected={detected.data} editable={editable} />;
}

type StepProps = { filing: FilingDetail; detected: readonly RegistryWebsite[]; editable: boolean };

function WebsitesStep({ filing, detected, editable }: StepProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const nextStep = useNextStep();
  const savedCerts = useMemo(() => savedCertNumbers(filing), [filing]);
  const schema = useMemo(() => websitesFormSchema(savedCerts), [savedCerts]);
  const form = useForm<WebsitesFormValues>({
    // The schema checks each entry whole (z.custom), so its input type is the form's own.
    resolver: zodFormResolver(schema) as unknown as Resolver<WebsitesFormValues>,
    mode: 'onTouched',
    defaultValues: toWebsitesForm(filing, detected),
  });
  useRetranslateErrors(form);
  const entries = useFieldArray({ control: form.control, name: 'websites', keyName: 'key' });
  const values = useWatch({ control: form.control }) as WebsitesFormValues;
  const body = useMemo(() => toWebsitesBody(values), [values]);

  const autosave = useAutosave({
    value: body,
    enabled: editable,
    save: async (websites) => {
      const version = currentVersion(queryClient, filing.id) ?? filing.version;
      storeFiling(queryClient, await updateWebsites(filing.id, { version, websites }));
    },
    onConflict: () => {
      void queryClient
        .fetchQuery({ queryKey: filingKeys.detail(filing.id), queryFn: () => getFiling(filing.id), staleTime: 0 })
        .then((fresh) => {
          const next = toWebsitesForm(fresh, detected);
          autosave.reset(toWebsitesBody(next));
          form.reset(next);
        });
    },
  });

  // Registry records by number: the detected list first, then what the order itself holds.
  const registry = new Map<string, RegistryWebsite>(
    [...filing.websites, ...detected].map((w) => [w.websiteFilingNo, w]),
  );
  const kept = new Set(values.websites.map((w) => w.websiteFilingNo));
  const available = detected.filter((w) => !kept.has(w.websiteFilingNo));

  const finish = async () => {
    if (!(await autosave.flush())) return;
    const latest = queryClient.getQueryData<FilingDetail>(filingKeys.detail(filing.id));
    if (latest?.steps.websites) nextStep(`/console/filings/${filing.id}/materials`);
  };
  const nameOf = (websiteFilingNo: string) => registry.get(websiteFilingNo)?.name ?? websiteFilingNo;

  return (
    <form className="wizard-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <p className="step-intro">{t('filing.websites.intro')}</p>
      <fieldset className="plain-fieldset" disabled={!editable}>
        {entries.fields.map((entry, index) => {
          const website = registry.get(entry.websiteFilingNo);
          const view = filing.websites.find((w) => w.websiteFilingNo === entry.websiteFilingNo);
          const own = view?.principal && !view.principal.sameAsSubject ? view.principal : null;
          return website ? (
            <WebsiteEntryCard
              key={entry.key}
              form={form}
              index={index}
              website={website}
              view={
                view && {
                  complete: view.complete,
                  cloudServiceChecks: view.cloudServiceChecks,
                  certNumberMasked: own?.certNumberMasked ?? null,
                }
              }
              onRemove={() => entries.remove(index)}
            />
          ) : null;
        })}
        {entries.fields.length === 0 ? <Alert tone="info">{t('filing.websites.noneKept')}</Alert> : null}
        <AddWebsitePanel available={available} onAdd={(website) => entries.append(newEntry(website, filing))} />
      </fieldset>
      <StepFooter
        status={autosave}
        complete={filing.steps.websites && entries.fields.length > 0}
        missing={websitesMissing(t, values, filing.websites, nameOf, schema.safeParse(values))}
        next={{ label: t('filing.websites.next'), onClick: () => void finish() }}
      />
    </form>
  );
}
