// The foot of the review page: what is known to be missing, the agreement, and "提交初审", which cannot send twice;
// a refusal lists what the server found missing, or the auth codes another order holds, with links.
import type { FilingDetail, MaterialList } from '@beian/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { ApiError, isApiError } from '../../../../lib/api-error.ts';
import { errorMessage } from '../../../../lib/error-message.ts';
import { isRejected } from '../../rejection/rejection-scope.ts';
import { AgreementField } from './agreement-field.tsx';
import { AuthCodeTaken } from './auth-code-taken.tsx';
import { missingItems } from './missing-items.ts';
import { MissingList } from './missing-list.tsx';
import { useSubmitFiling } from './use-submit-filing.ts';

type Props = { filing: FilingDetail; materials: MaterialList | undefined };

export function SubmitPanel({ filing, materials }: Props) {
  const { t } = useTranslation();
  const submission = useSubmitFiling(filing.id);
  const [accepted, setAccepted] = useState(false);
  const [agreementError, setAgreementError] = useState<string>();
  const checkbox = useRef<HTMLInputElement>(null);
  const base = `/console/filings/${filing.id}`;
  const submitLabel = isRejected(filing) ? t('rejection.resubmit') : t('submission.submit');

  const error = submission.error;
  const taken = isApiError(error, 'AUTH_CODE_TAKEN') && error.fieldErrors.length > 0 ? error.fieldErrors : [];
  const missing =
    error instanceof ApiError && error.fieldErrors.length > 0 && taken.length === 0
      ? missingItems(error.fieldErrors, filing.id, materials?.items)
      : [];
  const todo = [
    filing.steps.subject ? null : { to: `${base}/subject`, text: t('submission.precheck.subject') },
    filing.steps.websites ? null : { to: `${base}/websites`, text: t('submission.precheck.websites') },
    materials && materials.missing > 0
      ? { to: `${base}/materials`, text: t('submission.precheck.materials', { count: materials.missing }) }
      : null,
  ].filter((item) => item !== null);

  const onSubmit = () => {
    if (!accepted) {
      setAgreementError(t('submission.agreement.required'));
      checkbox.current?.focus();
      return;
    }
    submission.submit();
  };

  return (
    <section className="card submit-panel" aria-labelledby="submit-panel-title">
      <div className="card__body">
        <h2 className="card__title" id="submit-panel-title">
          {submitLabel}
        </h2>
        {todo.length > 0 && missing.length === 0 ? (
          <div className="precheck">
            <p>{t('submission.precheck.title')}</p>
            <ul className="precheck__list">
              {todo.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{item.text}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {missing.length > 0 ? <MissingList items={missing} /> : null}
        {taken.length > 0 ? <AuthCodeTaken filing={filing} errors={taken} /> : null}
        {error && missing.length === 0 && taken.length === 0 ? (
          <Alert tone="error">{t('submission.failed', { message: errorMessage(error) })}</Alert>
        ) : null}
        <AgreementField
          ref={checkbox}
          checked={accepted}
          error={agreementError}
          onChange={(checked) => {
            setAccepted(checked);
            if (checked) setAgreementError(undefined);
          }}
        />
        <div className="submit-panel__actions">
          <Button busy={submission.isPending} onClick={onSubmit}>
            {submission.isPending ? t('submission.submitting') : submitLabel}
          </Button>
        </div>
      </div>
    </section>
  );
}
