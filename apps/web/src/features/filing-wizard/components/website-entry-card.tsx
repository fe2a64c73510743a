// One website of the order: the registry's record to confirm, its cloud service (with that service's checks) and
// its principal; "不办理此网站" takes it out (it can be added back below).
import { useId } from 'react';
import { Controller, type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { CheckList } from '../../../components/ui/check-list.tsx';
import { CheckboxField } from '../../../components/ui/checkbox-field.tsx';
import { listOf } from '../../../i18n/list.ts';
import { useWebsiteScope, WebsiteReasons } from '../rejection/website-scope.tsx';
import type { RegistryWebsite, WebsitesFormValues } from '../steps/websites-form-values.ts';
import { CloudServicePicker } from './cloud-service-picker.tsx';
import { WebsitePrincipalFields } from './website-principal-fields.tsx';

type WebsiteView = {
  complete: boolean;
  cloudServiceChecks: { name: string; status: 'pass' | 'warn' | 'fail'; reason?: string }[];
  certNumberMasked: string | null;
};

type Props = {
  form: UseFormReturn<WebsitesFormValues>;
  index: number;
  website: RegistryWebsite;
  /** The server's view of this entry after the last save, if it was saved. */
  view: WebsiteView | undefined;
  onRemove: () => void;
};

export function WebsiteEntryCard({ form, index, website, view, onRemove }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const sameAsSubject = useWatch({ control: form.control, name: `websites.${index}.sameAsSubject` });
  const notes = view?.cloudServiceChecks.filter((check) => check.status !== 'pass') ?? [];
  const complete = view?.complete ?? false;
  const scope = useWebsiteScope(website.websiteFilingNo);
  return (
    <section className="card website-card" aria-labelledby={titleId}>
      <header className="card__header">
        <h2 className="card__title" id={titleId}>
          {website.name}
        </h2>
        <div className="card__actions">
          <span className={complete ? 'tag tag--ok' : 'tag'}>
            {complete ? t('filing.websites.complete') : t('filing.websites.incomplete')}
          </span>
          <Button variant="ghost" onClick={onRemove} disabled={scope.locked}>
            {t('filing.websites.remove')}
          </Button>
        </div>
      </header>
      <div className="card__body">
        <fieldset className="form plain-fieldset" disabled={scope.locked}>
          <WebsiteReasons reasons={scope.reasons} locked={scope.locked} />
          <dl className="facts">
            <Fact label={t('filing.websites.websiteFilingNo')} value={website.websiteFilingNo} />
            <Fact label={t('filing.websites.domains')} value={listOf(website.domains)} />
            <Fact label={t('filing.websites.homepage')} value={website.homepageUrl ?? t('filing.websites.none')} />
            <Fact
              label={t('filing.websites.accessProviders')}
              value={listOf(website.accessProviders) || t('filing.websites.none')}
            />
          </dl>
          <CheckboxField label={t('filing.websites.confirm')} {...form.register(`websites.${index}.confirmed`)} />
          <Controller
            control={form.control}
            name={`websites.${index}.cloudService`}
            render={({ field }) => (
              <CloudServicePicker
                legend={t('filing.websites.cloudService')}
                field={field.name}
                compact
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
          {notes.length > 0 ? <CheckList checks={notes} label={t('filing.websites.cloudChecks')} /> : null}
          <fieldset className="plain-fieldset">
            <legend className="field__label">{t('filing.websites.principal')}</legend>
            <CheckboxField
              label={t('filing.websites.sameAsSubject')}
              {...form.register(`websites.${index}.sameAsSubject`)}
            />
            {sameAsSubject ? null : (
              <WebsitePrincipalFields form={form} index={index} savedCertNumber={view?.certNumberMasked ?? null} />
            )}
          </fieldset>
        </fieldset>
      </div>
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
