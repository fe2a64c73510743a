// What MIIT's page says after a reply: done (and whether every verifier is), how many wrong tries are left, the check
// expired (the provider resubmits), or no filing waits for this mobile.
import type { MiitSmsCheckResult } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';

export function SmsCheckOutcome({ result }: { result: MiitSmsCheckResult }) {
  const { t } = useTranslation();
  const orderNo = result.orderNo ?? '';
  switch (result.outcome) {
    case 'CONFIRMED':
      return (
        <Alert tone="success" title={t('miitSmsCheck.outcome.confirmed.title')}>
          {result.allConfirmed
            ? t('miitSmsCheck.outcome.confirmed.all', { orderNo })
            : t('miitSmsCheck.outcome.confirmed.some', { orderNo })}
        </Alert>
      );
    case 'ALREADY_CONFIRMED':
      return (
        <Alert tone="success" title={t('miitSmsCheck.outcome.alreadyConfirmed.title')}>
          {t('miitSmsCheck.outcome.alreadyConfirmed.body', { orderNo })}
        </Alert>
      );
    case 'WRONG_CODE':
      return (
        <Alert tone="error" title={t('miitSmsCheck.outcome.wrongCode.title')}>
          {t('miitSmsCheck.outcome.wrongCode.body', { count: result.triesLeft ?? 0 })}
        </Alert>
      );
    case 'EXPIRED':
      return (
        <Alert tone="error" title={t('miitSmsCheck.outcome.expired.title')}>
          {t('miitSmsCheck.outcome.expired.body', { orderNo })}
        </Alert>
      );
    case 'NOT_A_VERIFIER':
      return (
        <Alert tone="error" title={t('miitSmsCheck.outcome.notAVerifier.title')}>
          {t('miitSmsCheck.outcome.notAVerifier.body')}
        </Alert>
      );
  }
}
