// The frame's notice on a rejected filing: every reason with its field, message, suggestion and a link to fix it.
import { type FilingDetail, reasonWords } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldLabel } from './field-label.ts';
import { ReasonWithSuggestion } from './reason-text.tsx';
import { isRejected, reasonHref, reasonsOf } from './rejection-scope.ts';

export function RejectionBanner({ filing }: { filing: FilingDetail }) {
  const { t, i18n } = useTranslation();
  const reasons = reasonsOf(filing).map((reason) => reasonWords(reason, i18n.language));
  if (!isRejected(filing) || reasons.length === 0) return null;
  return (
    <section className="alert alert--error rejection-banner" aria-labelledby="rejection-title">
      <h2 id="rejection-title" className="alert__title">
        {t('rejection.title')}
      </h2>
      <ul className="rejection-banner__list">
        {reasons.map((reason) => (
          <li key={`${reason.field}:${reason.code}`}>
            <Link to={reasonHref(filing.id, reason.field)}>{fieldLabel(filing, reason.field)}</Link>
            {t('rejection.separator')}
            <ReasonWithSuggestion reason={reason} />
          </li>
        ))}
      </ul>
    </section>
  );
}
