// One rejection reason: a catalogue pick or the reviewer's own words, the field or material it concerns, and the
// message and suggestion the applicant will read.
import type { ReviewReasonCatalogue } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import type { FieldOption } from '../filing-fields.ts';
import { applyCatalogue, type DraftProblems, FREE_REASON, type ReasonDraft } from '../reason-drafts.ts';
import { TextAreaField } from './text-area-field.tsx';

type ReasonEditorProps = {
  index: number;
  draft: ReasonDraft;
  problems: DraftProblems | undefined;
  catalogue: ReviewReasonCatalogue['reasons'];
  fields: FieldOption[];
  onChange: (draft: ReasonDraft) => void;
  onRemove: () => void;
};

export function ReasonEditor({ index, draft, problems, catalogue, fields, onChange, onRemove }: ReasonEditorProps) {
  const { t, i18n } = useTranslation();
  const paths = fields.map((field) => field.path);
  const wordsOf = (entry: ReviewReasonCatalogue['reasons'][number]) =>
    i18n.language.startsWith('zh') ? entry.zh : entry.en;
  return (
    <fieldset className="reason-editor">
      <legend className="reason-editor__legend">{t('reviewFiling.reject.reasonN', { n: index + 1 })}</legend>
      <SelectField
        label={t('reviewFiling.reject.catalogue')}
        value={draft.code}
        onChange={(event) =>
          onChange(
            applyCatalogue(
              draft,
              catalogue.find((entry) => entry.code === event.target.value && entry.code !== FREE_REASON),
              i18n.language,
              paths,
            ),
          )
        }
      >
        <option value={FREE_REASON}>{t('reviewFiling.reject.freeText')}</option>
        {catalogue
          .filter((entry) => entry.code !== FREE_REASON)
          .map((entry) => (
            <option key={entry.code} value={entry.code}>
              {wordsOf(entry).message}
            </option>
          ))}
      </SelectField>
      <SelectField
        label={t('reviewFiling.reject.field')}
        required
        value={draft.field}
        error={problems?.field ? t('reviewFiling.reject.fieldRequired') : undefined}
        onChange={(event) => onChange({ ...draft, field: event.target.value })}
      >
        <option value="">{t('reviewFiling.reject.chooseField')}</option>
        {fields.map((field) => (
          <option key={field.path} value={field.path}>
            {field.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('reviewFiling.reject.message')}
        required
        rows={2}
        maxLength={500}
        value={draft.message}
        error={problems?.message ? t('reviewFiling.reject.messageRequired') : undefined}
        onChange={(event) => onChange({ ...draft, message: event.target.value })}
      />
      <TextAreaField
        label={t('reviewFiling.reject.suggestion')}
        rows={2}
        maxLength={500}
        value={draft.suggestion}
        onChange={(event) => onChange({ ...draft, suggestion: event.target.value })}
      />
      <Button variant="ghost" onClick={onRemove}>
        {t('reviewFiling.reject.remove', { n: index + 1 })}
      </Button>
    </fieldset>
  );
}
