// A strength meter under a new-password field (docs/design.md §10.2): the level in words and whether the server will
// take it, with a bar that only repeats the words. The text sits in a polite live region, so a screen reader hears
// the level when it changes without being interrupted while typing.
import { PASSWORD_MIN_SCORE } from '@beian/domain/password-strength';
import { useTranslation } from 'react-i18next';
import './password-strength.css';
import { usePasswordScore } from './use-password-score.ts';

const LEVELS = ['veryWeak', 'weak', 'fair', 'strong', 'veryStrong'] as const;

export function PasswordStrengthMeter({ password }: { password: string }) {
  const { t } = useTranslation();
  const score = usePasswordScore(password);
  const level = score === undefined ? undefined : LEVELS[score];
  const accepted = score !== undefined && score >= PASSWORD_MIN_SCORE;
  // The bar and the line of words keep their place before the first score (the estimator loads on the first
  // keystroke), so nothing below the field moves under a pointer on its way to the submit button.
  return (
    <div className="password-strength" aria-live="polite">
      <div className="password-strength__bar" data-score={score} aria-hidden="true">
        {LEVELS.slice(1).map((name) => (
          <span key={name} className="password-strength__segment" />
        ))}
      </div>
      <p className={`password-strength__text${level && !accepted ? ' password-strength__text--refused' : ''}`}>
        {level
          ? t('auth.passwordStrength.level', {
              level: t(`auth.passwordStrength.levels.${level}`),
              verdict: accepted ? t('auth.passwordStrength.accepted') : t('auth.passwordStrength.refused'),
            })
          : null}
      </p>
    </div>
  );
}
