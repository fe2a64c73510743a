// Confirms the principal's mobile: "获取验证码" (then a resend countdown), a 6-digit code and "确认". The mobile is
// saved first, since the server texts the number it holds. While the SMS gateway is simulated (the demo), a sent code
// brings a way to read it: the simulated phone of the filing's numbers, under the code field.
import type { FilingDetail } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { ApiError } from '../../../lib/api-error.ts';
import { errorMessage, formatWait } from '../../../lib/error-message.ts';
import { storeFiling } from '../api/filing-queries.ts';
import { sendSmsCode, verifySmsCode } from '../api/filings-api.ts';
import { useCountdown } from '../hooks/use-countdown.ts';
import { SimulatedPhonePanel } from './simulated-phone-panel.tsx';

/** The input's name, by which the step's footer finds it. */
export const SMS_CODE_FIELD = 'smsCode';

type SmsVerificationProps = {
  filing: FilingDetail;
  /** Saves pending changes; false when that failed (the autosave status says why). */
  beforeSend: () => Promise<boolean>;
  mobileValid: boolean;
  disabled: boolean;
};

export function SmsVerification({ filing, beforeSend, mobileValid, disabled }: SmsVerificationProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const countdown = useCountdown();
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<{ text: string; tone: 'info' | 'error' }>();
  const [codeError, setCodeError] = useState<string>();
  const [simulatedPhone, setSimulatedPhone] = useState(false);

  const send = useMutation({
    mutationFn: async () => {
      if (!(await beforeSend())) throw new Error('not saved');
      return sendSmsCode(filing.id);
    },
    onMutate: () => setNotice(undefined),
    onSuccess: (sent) => {
      countdown.start(sent.resendAfterSeconds);
      setSimulatedPhone(sent.simulatedPhone);
      const minutes = Math.round(sent.expiresInSeconds / 60);
      setNotice({ tone: 'info', text: t('filing.sms.sent', { to: sent.sentTo, minutes }) });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const wait = error.retryAfterSeconds;
      if (wait) countdown.start(wait);
      const text = wait
        ? t('filing.sms.waitThen', { message: errorMessage(error), wait: formatWait(wait) })
        : errorMessage(error);
      setNotice({ tone: 'error', text });
    },
  });

  const confirm = useMutation({
    mutationFn: () => verifySmsCode(filing.id, code.trim()),
    onMutate: () => setCodeError(undefined),
    onSuccess: (updated) => {
      setCode('');
      storeFiling(queryClient, updated);
    },
    onError: (error) => setCodeError(errorMessage(error)),
  });

  if (filing.subject.mobileVerified) {
    return (
      <p className="verified" role="status">
        <span aria-hidden="true">✓ </span>
        {t('filing.sms.verified')}
      </p>
    );
  }

  const submitCode = () => {
    if (/^\d{6}$/.test(code.trim())) confirm.mutate();
    else setCodeError(t('filing.sms.codeFormat'));
  };
  const waiting = countdown.left > 0;
  return (
    <div className="sms">
      <div className="sms__send">
        <Button
          variant="secondary"
          busy={send.isPending}
          disabled={disabled || waiting || !mobileValid}
          onClick={() => send.mutate()}
        >
          {waiting ? t('filing.sms.resendIn', { seconds: countdown.left }) : t('filing.sms.send')}
        </Button>
        <p className={`sms__notice sms__notice--${notice?.tone ?? 'info'}`} aria-live="polite">
          {notice?.text}
        </p>
      </div>
      <TextField
        label={t('filing.sms.code')}
        hint={t('filing.sms.codeHint')}
        inputMode="numeric"
        name={SMS_CODE_FIELD}
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        error={codeError}
        disabled={disabled}
        className="sms__code"
        onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            submitCode();
          }
        }}
        trailing={
          <Button busy={confirm.isPending} disabled={disabled} onClick={submitCode}>
            {confirm.isPending ? t('filing.sms.confirming') : t('filing.sms.confirm')}
          </Button>
        }
      />
      {simulatedPhone ? <SimulatedPhonePanel filingId={filing.id} /> : null}
    </div>
  );
}
