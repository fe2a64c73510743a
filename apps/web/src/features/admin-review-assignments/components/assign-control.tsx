// One row's reassignment: a labelled choice of reviewer, each with the claims it holds now, and 改派. Submitting
// with no choice says so at the control rather than asking the API.
import type { ReviewerSummary } from '@beian/contracts';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';

type AssignControlProps = {
  orderNo: string;
  reviewers: ReviewerSummary[];
  busy: boolean;
  onAssign: (reviewerId: string) => void;
};

export function AssignControl({ orderNo, reviewers, busy, onAssign }: AssignControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [reviewerId, setReviewerId] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reviewerId) {
      setMissing(true);
      select.current?.focus();
      return;
    }
    onAssign(reviewerId);
  };

  return (
    <form className="assign-control" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor={id}>
        {t('reviewAssignments.assign.label', { orderNo })}
      </label>
      <select
        ref={select}
        id={id}
        className="field__input field__select"
        value={reviewerId}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(event) => {
          setReviewerId(event.target.value);
          setMissing(false);
        }}
      >
        <option value="">{t('reviewAssignments.assign.choose')}</option>
        {reviewers.map((reviewer) => (
          <option key={reviewer.id} value={reviewer.id}>
            {t('reviewAssignments.assign.option', { name: reviewer.displayName, count: reviewer.activeClaims })}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" busy={busy}>
        {t('reviewAssignments.assign.action')}
        {/* Every row has the same button: the order number, read but not shown, tells them apart. */}
        <span className="visually-hidden">{t('reviewAssignments.assign.forOrder', { orderNo })}</span>
      </Button>
      {missing ? (
        <p className="field__error assign-control__error" id={`${id}-error`}>
          {t('reviewAssignments.assign.required')}
        </p>
      ) : null}
    </form>
  );
}
