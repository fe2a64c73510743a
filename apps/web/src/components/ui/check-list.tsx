// A list of named checks with pass ✓ / note ! / fail ✗ and the reason in plain words, for the applicant's verify
// result and the reviewer's view of the same checks.
import type { CheckResult } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { checkName, reasonText } from '../../lib/code-labels.ts';

const ICONS = { pass: '✓', warn: '!', fail: '✗' } as const;

/** The status words are the same on every page (通过 / 提醒 / 未通过), so applicant and reviewer read a check alike. */
export function CheckList({ checks, label }: { checks: readonly CheckResult[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="check-list" aria-label={label}>
      {checks.map((check) => (
        <li key={check.name} className={`check check--${check.status}`}>
          <span className="check__icon" aria-hidden="true">
            {ICONS[check.status]}
          </span>
          <span className="check__name">{checkName(check.name)}</span>
          <span className="check__status">{t(`filing.result.status.${check.status}`)}</span>
          {check.reason ? <span className="check__reason">{reasonText(check.reason)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
