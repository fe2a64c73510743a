// "放弃订单": the way to change locked verify inputs. Asks first, then returns to the list, which says it happened.
import type { FilingDetail } from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { filingKeys } from '../api/filing-queries.ts';
import { abandonFiling } from '../api/filings-api.ts';

export function AbandonFiling({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const abandon = useMutation({
    mutationFn: () => abandonFiling(filing.id, filing.version),
    onSuccess: () => {
      // Marked stale, not reloaded here: the list loads afresh when it opens, and the applicant does not wait for
      // the pages being left (on a busy server those reloads kept the list from opening for seconds).
      void queryClient.invalidateQueries({ queryKey: filingKeys.all, refetchType: 'none' });
      // Committed at once rather than as a transition: the filing's address may still be on its way to a step (its
      // redirect waits for the step's code), and that redirect, coming after, would otherwise win.
      navigate('/console', { state: { abandoned: filing.orderNo }, flushSync: true });
    },
  });

  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('filing.abandon.action')}
      </Button>
      {asking ? (
        <ConfirmDialog
          title={t('filing.abandon.title', { orderNo: filing.orderNo })}
          confirmLabel={t('filing.abandon.confirm')}
          cancelLabel={t('filing.abandon.cancel')}
          busy={abandon.isPending}
          onConfirm={() => abandon.mutate()}
          onCancel={() => {
            abandon.reset();
            setAsking(false);
          }}
        >
          <p>{t('filing.abandon.body')}</p>
          {abandon.isError ? (
            <Alert tone="error">{t('filing.abandon.failed', { message: errorMessage(abandon.error) })}</Alert>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
