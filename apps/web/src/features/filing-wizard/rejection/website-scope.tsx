// A website card under a rejection: the reasons naming this website (by its position in the filing) shown in the
// card; a website no reason names is read-only while the rejection limits what may change.
import { type RejectionReason, reasonWords } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { useWizardContext } from '../components/filing-wizard-layout.tsx';
import { ReasonText } from './reason-text.tsx';
import { isScopeLimited, reasonsFor, reasonsOf } from './rejection-scope.ts';

export function useWebsiteScope(websiteFilingNo: string): { reasons: RejectionReason[]; locked: boolean } {
  const { filing } = useWizardContext();
  const index = filing.websites.findIndex((site) => site.websiteFilingNo === websiteFilingNo);
  const reasons = index < 0 ? [] : reasonsFor(filing, `websites.${index}`).concat(namedWithin(filing, index));
  return { reasons, locked: isScopeLimited(filing) && reasons.length === 0 };
}

/** Reasons on a part of the website (`websites.0.name`, `websites.0.principal.email`). */
function namedWithin(filing: Parameters<typeof reasonsFor>[0], index: number): RejectionReason[] {
  return reasonsOf(filing).filter((reason) => reason.field.startsWith(`websites.${index}.`));
}

export function WebsiteReasons({ reasons, locked }: { reasons: RejectionReason[]; locked: boolean }) {
  const { t, i18n } = useTranslation();
  if (locked) return <p className="field__hint">{t('rejection.notNamed')}</p>;
  if (reasons.length === 0) return null;
  return (
    <ul className="alert alert--error rejection-banner__list" aria-label={t('rejection.websiteReasons')}>
      {reasons
        .map((shown) => reasonWords(shown, i18n.language))
        .map((reason) => (
          <li key={`${reason.field}:${reason.code}`}>
            <ReasonText reason={reason} />
          </li>
        ))}
    </ul>
  );
}
