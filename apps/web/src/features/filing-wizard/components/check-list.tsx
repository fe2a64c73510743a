// Every check by name with pass ✓ / note ! / fail ✗ and its reason in plain words: the applicant sees what passed
// as well as what to fix, never a bare "verification failed".
import type { CheckResult } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { checkName, reasonText } from './labels.ts';

const ICONS = { pass: '✓', warn: '!', fail: '✗' } as const;

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
