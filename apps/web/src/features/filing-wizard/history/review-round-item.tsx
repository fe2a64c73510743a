// One review round: which stage and round, its outcome, when it was submitted and decided, and a rejection's
// reasons in the words of the wizard's fields.
import { type FilingDetail, type ReviewRound, reasonWords } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../rejection/field-label.ts';
import { ReasonWithSuggestion } from '../rejection/reason-text.tsx';

type Props = { round: ReviewRound; filing: FilingDetail };

export function ReviewRoundItem({ round, filing }: Props) {
  const { t, i18n } = useTranslation();
  const at = (instant: string) => formatBeijing(instant);
  const { outcome, decidedAt } = round;
  return (
    <li className="filing-history__round">
      <div className="filing-history__round-head">
        <h3 className="filing-history__round-title">{t(`history.round.${round.stage}`, { round: round.round })}</h3>
        <span className={`filing-history__outcome filing-history__outcome--${outcome.toLowerCase()}`}>
          {t(`history.outcome.${outcome}`)}
        </span>
      </div>
      <p className="filing-history__times muted">
        {outcome !== 'PENDING' && decidedAt
          ? t(`history.decidedAt.${outcome}`, { submitted: at(round.submittedAt), at: at(decidedAt) })
          : t('history.submittedAt', { at: at(round.submittedAt) })}
      </p>
      {round.reasons.length > 0 ? (
        <div className="filing-history__reasons">
          <p className="filing-history__reasons-title">{t('history.reasons')}</p>
          <ul>
            {round.reasons
              .map((shown) => reasonWords(shown, i18n.language))
              .map((reason) => (
                <li key={`${reason.field}:${reason.code}`}>
                  <strong>{fieldLabel(filing, reason.field)}</strong>
                  {t('history.separator')}
                  <ReasonWithSuggestion reason={reason} />
                </li>
              ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
