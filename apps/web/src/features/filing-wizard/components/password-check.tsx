// The filing password (备案密码): typed, checked against the registry on "验证", never saved as a draft. Wrong tries
// say how many are left; five lock the subject for 30 minutes, shown as a Beijing time.
import type { FilingDetail } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { ApiError } from '../../../lib/api-error.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { filingKeys, storeFiling } from '../api/filing-queries.ts';
import { verifyFilingPassword } from '../api/filings-api.ts';

/** The input's name, by which the step's footer finds it. */
export const PASSWORD_FIELD = 'filingPassword';

const MIIT_RECOVERY_URL = 'https://beian.miit.gov.cn/';

type PasswordCheckProps = { filing: FilingDetail; beforeVerify: () => Promise<boolean>; disabled: boolean };

export function PasswordCheck({ filing, beforeVerify, disabled }: PasswordCheckProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string>();
  const verify = useMutation({
    mutationFn: async () => {
      // The registry compares the principal's name and addresses too: send what is typed first.
      await beforeVerify();
      return verifyFilingPassword(filing.id, password);
    },
    onMutate: () => setMessage(undefined),
    onSuccess: (updated) => {
      setPassword('');
      storeFiling(queryClient, updated);
    },
    onError: (error) => {
      setMessage(describe(error, filing.subject.passwordTriesLeft));
      // A lock (or a try used up) is part of the filing now; show the same on a reload.
      void queryClient.invalidateQueries({ queryKey: filingKeys.detail(filing.id) });
    },
  });

  function describe(error: unknown, fallbackTries: number): string {
    if (!(error instanceof ApiError)) return errorMessage(error);
    if (error.code === 'FILING_PASSWORD_WRONG') {
      return t('filing.password.wrong', { count: error.problem.triesLeft ?? fallbackTries });
    }
    if (error.code === 'SUBJECT_LOCKED' && error.problem.lockedUntil) return lockedText(error.problem.lockedUntil);
    return errorMessage(error);
  }

  const lockedText = (until: string) => t('filing.password.lockedUntil', { time: formatBeijing(until, 'time') });

  if (filing.subject.passwordVerified) {
    return (
      <p className="verified" role="status">
        <span aria-hidden="true">✓ </span>
        {t('filing.password.verified')}
      </p>
    );
  }

  const lockedUntil = filing.subject.lockedUntil;
  const locked = lockedUntil !== null && Date.parse(lockedUntil) > Date.now();
  const error = message ?? (locked && lockedUntil ? lockedText(lockedUntil) : undefined);
  const submit = () => {
    if (password.trim() === '') setMessage(t('filing.password.required'));
    else verify.mutate();
  };
  return (
    <div className="password-check">
      <TextField
        label={t('filing.password.label')}
        hint={t('filing.password.hint')}
        type="password"
        name={PASSWORD_FIELD}
        autoComplete="off"
        value={password}
        error={error}
        disabled={disabled || locked}
        onChange={(event) => setPassword(event.target.value)}
        onKeyDown={(event) => {
          // Enter verifies the password rather than submitting anything else on the page.
          if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          }
        }}
        trailing={
          <Button variant="secondary" busy={verify.isPending} disabled={disabled || locked} onClick={submit}>
            {verify.isPending ? t('filing.password.verifying') : t('filing.password.verify')}
          </Button>
        }
      />
      <p className="password-check__forgot">
        <a href={MIIT_RECOVERY_URL} target="_blank" rel="noreferrer">
          {t('filing.password.forgot')}
        </a>{' '}
        <span className="muted">{t('filing.password.forgotHint')}</span>
      </p>
    </div>
  );
}
