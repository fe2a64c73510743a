// Every check by name with its reason in plain words: the applicant sees what passed as well as what to fix,
// never a bare "verification failed".
import type { CheckResult } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { CheckList as NamedChecks } from '../../../components/ui/check-list.tsx';

export function CheckList({ checks, label }: { checks: readonly CheckResult[]; label: string }) {
  const { t } = useTranslation();
  return <NamedChecks checks={checks} label={label} statusText={(s) => t(`filing.result.status.${s}`)} />;
}
