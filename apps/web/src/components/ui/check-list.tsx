// A list of named checks with pass ✓ / note ! / fail ✗ and the reason in plain words, for the applicant's verify
// result and the reviewer's view of the same checks.
import type { CheckResult } from '@beian/contracts';
import { checkName, reasonText } from '../../lib/code-labels.ts';

const ICONS = { pass: '✓', warn: '!', fail: '✗' } as const;

type Props = {
  checks: readonly CheckResult[];
  label: string;
  /** The word for a status: 通过 / 提醒 / 未通过 on every page, so applicant and reviewer read a check alike. */
  statusText: (status: CheckResult['status']) => string;
};

export function CheckList({ checks, label, statusText }: Props) {
  return (
    <ul className="check-list" aria-label={label}>
      {checks.map((check) => (
        <li key={check.name} className={`check check--${check.status}`}>
          <span className="check__icon" aria-hidden="true">
            {ICONS[check.status]}
          </span>
          <span className="check__name">{checkName(check.name)}</span>
          <span className="check__status">{statusText(check.status)}</span>
          {check.reason ? <span className="check__reason">{reasonText(check.reason)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
