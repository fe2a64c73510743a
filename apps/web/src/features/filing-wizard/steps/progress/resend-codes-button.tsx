// 重新发送核验码: MIIT texts the codes again at most once a minute. The button waits, counting down, until the time
// the API names (or the wait a 429 gives), then asks again and reads the check anew.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button.tsx';
import { isApiError } from '../../../../lib/api-error.ts';
import { errorMessage } from '../../../../lib/error-message.ts';
import { useCountdown } from '../../hooks/use-countdown.ts';
import { resendBureauCodes } from './progress-api.ts';
import { bureauKey } from './use-progress.ts';

export function ResendCodesButton({ filingId, availableAt }: { filingId: string; availableAt: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const countdown = useCountdown();
  const { start } = countdown;
  const [message, setMessage] = useState<string>();

  useEffect(() => {
    if (!availableAt) return;
    const seconds = Math.ceil((new Date(availableAt).getTime() - Date.now()) / 1000);
    if (seconds > 0) start(seconds);
  }, [availableAt, start]);

  const resend = useMutation({
    mutationFn: () => resendBureauCodes(filingId),
    onSuccess: () => {
      setMessage(t('progress.sms.resent'));
      void queryClient.invalidateQueries({ queryKey: bureauKey(filingId) });
    },
    onError: (error) => {
      if (isApiError(error, 'BUREAU_RESEND_TOO_SOON')) {
        const seconds = error.retryAfterSeconds ?? 60;
        start(seconds);
        setMessage(t('progress.sms.tooSoon', { seconds }));
      } else {
        setMessage(t('progress.sms.resendFailed', { message: errorMessage(error) }));
      }
    },
  });

  // Disabled from the first paint, before the countdown's first tick.
  const notYet = availableAt !== null && new Date(availableAt).getTime() > Date.now();
  const waiting = countdown.left > 0 || notYet;
  return (
    <div className="progress-resend">
      <Button
        variant="secondary"
        disabled={waiting || resend.isPending}
        onClick={() => {
          setMessage(undefined);
          resend.mutate();
        }}
      >
        {t('progress.sms.resend')}
      </Button>
      {countdown.left > 0 ? (
        <span className="muted">{t('progress.sms.resendIn', { seconds: countdown.left })}</span>
      ) : null}
      <p className="progress-resend__message" role="status">
        {message}
      </p>
    </div>
  );
}
