// 驳回: one or more reasons, each tied to a field or material, checked before sending; a rejection without a reason
// is never sent.
import { type RejectionReason, type ReviewStage, reasonsForSheet } from '@beian/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useReasonCatalogue } from '../api/decision-api.ts';
import type { FieldOption } from '../filing-fields.ts';
import { catalogueFor } from '../photo/review-stage.ts';
import { stageWords } from '../photo/stage-words.ts';
import { blankDraft, type CheckedReasons, checkReasons, type ReasonDraft } from '../reason-drafts.ts';
import { ReasonEditor } from './reason-editor.tsx';

type RejectPanelProps = {
  stage: ReviewStage;
  fields: FieldOption[];
  /** What this filing's verification sheet asks for: the sheet's preset is worded for it. */
  sheetRequirements: readonly string[];
  busy: boolean;
  onReject: (reasons: RejectionReason[]) => void;
  onCancel: () => void;
};

export function RejectPanel({ stage, fields, sheetRequirements, busy, onReject, onCancel }: RejectPanelProps) {
  const { t } = useTranslation();
  const catalogue = useReasonCatalogue();
  const presets = catalogueFor(stage, reasonsForSheet(catalogue.data?.reasons ?? [], sheetRequirements));
  const [drafts, setDrafts] = useState<ReasonDraft[]>(() => [blankDraft()]);
  const [checked, setChecked] = useState<CheckedReasons | null>(null);
  const panel = useRef<HTMLFormElement>(null);

  // Opening the panel (button or R) starts the reviewer on the first reason.
  useEffect(() => panel.current?.querySelector('select')?.focus(), []);

  const update = (key: number, draft: ReasonDraft) =>
    setDrafts((all) => all.map((item) => (item.key === key ? draft : item)));
  const submit = () => {
    const result = checkReasons(drafts);
    setChecked(result);
    if (result.ok) onReject(result.reasons);
    else panel.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };
  const problems = checked && !checked.ok ? checked.problems : [];

  return (
    <form
      ref={panel}
      className="reject-panel"
      aria-label={t('reviewFiling.reject.heading')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 className="reject-panel__title">{t('reviewFiling.reject.heading')}</h3>
      <p className="reject-panel__intro">{t(stageWords(stage).rejectIntro)}</p>
      {catalogue.isPending ? <Spinner label={t('reviewFiling.reject.catalogueLoading')} /> : null}
      {drafts.map((draft, index) => (
        <ReasonEditor
          key={draft.key}
          index={index}
          draft={draft}
          problems={problems[index]}
          catalogue={presets}
          fields={fields}
          onChange={(next) => update(draft.key, next)}
          onRemove={() => setDrafts((all) => all.filter((item) => item.key !== draft.key))}
        />
      ))}
      {checked && !checked.ok && checked.none ? (
        <Alert tone="error">{t('reviewFiling.reject.reasonRequired')}</Alert>
      ) : null}
      <div className="reject-panel__actions">
        <Button variant="secondary" onClick={() => setDrafts((all) => [...all, blankDraft()])}>
          {t('reviewFiling.reject.add')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('reviewFiling.reject.cancel')}
        </Button>
        <Button type="submit" variant="danger" busy={busy}>
          {t('reviewFiling.reject.confirm')}
        </Button>
      </div>
    </form>
  );
}
