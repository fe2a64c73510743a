// The props a subject or website field takes from a rejection: the reasons under it when named, read-only otherwise.
import { reasonWords } from '@beian/contracts';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizardContext } from '../components/filing-wizard-layout.tsx';
import { ReasonText } from './reason-text.tsx';
import { isScopeLimited, reasonsFor } from './rejection-scope.ts';

type FieldScope = { error?: ReactNode; hint?: string; disabled?: boolean };

/** scope(path, formError, hint): the form's own error wins; then the rejection's message and suggestion. */
export function useFieldScope() {
  const { t, i18n } = useTranslation();
  const { filing } = useWizardContext();
  const limited = isScopeLimited(filing);
  return (path: string, formError?: string, hint?: string): FieldScope => {
    const reasons = reasonsFor(filing, path).map((reason) => reasonWords(reason, i18n.language));
    if (reasons.length > 0) {
      const text = reasons.map((reason, index) => (
        <Fragment key={`${reason.field}:${reason.code}`}>
          {index > 0 ? ' ' : null}
          <ReasonText reason={reason} />
        </Fragment>
      ));
      return { error: formError ?? text, hint };
    }
    if (limited) return { error: formError, hint: t('rejection.notNamed'), disabled: true };
    return { error: formError, hint };
  };
}
