// The MIIT suffix list as an admin edits it: remove any suffix, add one (typed in Unicode or ASCII, kept in
// Punycode as the server keeps it), set the list's date, give the reason, and publish from the version seen.
import { DaySchema, RuleReasonSchema, type SuffixListView } from '@beian/contracts';
import { normalizeSuffix } from '@beian/domain';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { listOf } from '../../../i18n/list.ts';
import { placeServerErrors } from '../../../lib/form-errors.ts';
import { useRetranslateErrors } from '../../../lib/use-retranslate-errors.ts';
import { zodFormResolver } from '../../../lib/zod-form-resolver.ts';
import { usePublishSuffixes } from '../api/rules-api.ts';
import { PublishFooter } from './publish-footer.tsx';

const FormSchema = z.object({ asOf: DaySchema, reason: RuleReasonSchema });
type Form = z.infer<typeof FormSchema>;

type Props = { current: SuffixListView; onPublished: (version: number) => void };

export function SuffixEditor({ current, onPublished }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const publish = usePublishSuffixes();
  const [suffixes, setSuffixes] = useState<string[]>(current.suffixes);
  const [typed, setTyped] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const form = useForm<Form, unknown, Form>({
    resolver: zodFormResolver(FormSchema),
    defaultValues: { asOf: current.asOf, reason: '' },
  });
  useRetranslateErrors(form);
  const { errors } = form.formState;

  const before = new Set(current.suffixes);
  const now = new Set(suffixes);
  const added = suffixes.filter((s) => !before.has(s));
  const removed = current.suffixes.filter((s) => !now.has(s));

  const add = () => {
    const suffix = normalizeSuffix(typed);
    if (suffix === null) return setAddError(t('adminRules.suffixes.invalid', { suffix: typed.trim() }));
    if (now.has(suffix)) return setAddError(t('adminRules.suffixes.duplicate', { suffix }));
    setSuffixes([...suffixes, suffix]);
    setTyped('');
    setAddError(null);
    setListError(null);
  };

  const remove = (suffix: string) => setSuffixes(suffixes.filter((s) => s !== suffix));

  const reset = () => {
    setSuffixes(current.suffixes);
    form.reset({ asOf: current.asOf, reason: '' });
    publish.reset();
  };

  const submit = async (values: Form) => {
    publish.reset();
    if (suffixes.length === 0) return setListError(t('adminRules.suffixes.empty'));
    try {
      const published = await publish.mutateAsync({ baseVersion: current.version, ...values, suffixes });
      onPublished(published.version);
    } catch (caught) {
      placeServerErrors(caught, form.setError, ['asOf', 'reason']);
    }
  };

  return (
    <form className="form rules-form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <TextField
        label={t('adminRules.suffixes.asOf')}
        hint={t('adminRules.suffixes.asOfHint')}
        type="date"
        required
        error={errors.asOf?.message}
        {...form.register('asOf')}
      />
      <div>
        <h3 className="field__label" id={`${id}-list`}>
          {t('adminRules.suffixes.listLabel', { count: suffixes.length })}
        </h3>
        <ul className="suffix-list" aria-labelledby={`${id}-list`}>
          {suffixes.map((suffix) => (
            <li key={suffix} className="suffix-list__item">
              <span lang="en">{suffix}</span>
              <Button
                variant="ghost"
                className="suffix-list__remove"
                aria-label={t('adminRules.suffixes.remove', { suffix })}
                onClick={() => remove(suffix)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
        {listError ? (
          <p className="field__error" role="alert">
            {listError}
          </p>
        ) : null}
      </div>
      <TextField
        label={t('adminRules.suffixes.add')}
        hint={t('adminRules.suffixes.addHint')}
        autoComplete="off"
        spellCheck={false}
        value={typed}
        error={addError ?? undefined}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
        trailing={
          <Button variant="secondary" onClick={add}>
            {t('adminRules.suffixes.addButton')}
          </Button>
        }
      />
      {added.length > 0 || removed.length > 0 ? (
        <div className="rules-pending" aria-live="polite">
          {added.length > 0 ? <p>{t('adminRules.suffixes.pendingAdded', { list: listOf(added) })}</p> : null}
          {removed.length > 0 ? <p>{t('adminRules.suffixes.pendingRemoved', { list: listOf(removed) })}</p> : null}
        </div>
      ) : null}
      <PublishFooter
        reasonLabel={t('adminRules.suffixes.reason')}
        reason={form.register('reason')}
        reasonError={errors.reason?.message}
        publish={publish}
        failedTitle={t('adminRules.suffixes.failed')}
        publishLabel={t('adminRules.suffixes.publish')}
        leave={{ label: t('adminRules.suffixes.reset'), onClick: reset }}
      />
    </form>
  );
}
