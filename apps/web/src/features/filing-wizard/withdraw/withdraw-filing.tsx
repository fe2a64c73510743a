// "撤销提交": asks first, then takes a filing in initial review back to DRAFT; a reviewer's claim (409) is explained.
import type { FilingSummary } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { filingKeys, storeFiling } from '../api/filing-queries.ts';
import { materialKeys } from '../api/materials-queries.ts';
import { withdrawFiling } from './withdraw-api.ts';

type Props = { filing: Pick<FilingSummary, 'id' | 'orderNo' | 'status' | 'version'> };

export function WithdrawFiling({ filing }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => withdrawFiling(filing.id, filing.version),
    onSuccess: (updated) => {
      // The review page shows the submission's answer while it is kept; the filing is a draft again.
      queryClient.setQueryData(materialKeys.submitted(filing.id), null);
      storeFiling(queryClient, updated);
      setAsking(false);
    },
    // Someone moved the filing on (a reviewer claimed it, another tab): show where it now stands.
    onError: () => void queryClient.invalidateQueries({ queryKey: filingKeys.all }),
  });
  if (filing.status !== 'INITIAL_REVIEW') return null;

  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('rejection.withdraw.action')}
      </Button>
      {asking ? (
        <ConfirmDialog
          title={t('rejection.withdraw.title', { orderNo: filing.orderNo })}
          confirmLabel={t('rejection.withdraw.confirm')}
          cancelLabel={t('rejection.withdraw.cancel')}
          busy={withdraw.isPending}
          onConfirm={() => withdraw.mutate()}
          onCancel={() => {
            withdraw.reset();
            setAsking(false);
          }}
        >
          <p>{t('rejection.withdraw.body')}</p>
          {withdraw.isError ? (
            <Alert tone="error">{t('rejection.withdraw.failed', { message: errorMessage(withdraw.error) })}</Alert>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
