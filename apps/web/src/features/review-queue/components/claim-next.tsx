// 领取下一个: claims the most urgent unclaimed filing (within the queue's filters) and opens its review page, or says
// there is nothing to claim.
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { reviewQueueKey, useClaimNext } from '../api/review-queue-api.ts';
import { hasFilters, type QueueFilters } from '../queue-address.ts';
import { useQueueStage } from '../queue-stage.ts';

export function ClaimNext({ filters }: { filters: QueueFilters }) {
  const { t } = useTranslation();
  const hintId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const claim = useClaimNext(filters, useQueueStage());
  const filtered = hasFilters(filters);

  const onClaim = () =>
    claim.mutate(undefined, {
      onSuccess: ({ filing }) => {
        if (filing) void navigate(`/review/filings/${filing.id}`);
        // Someone else took the last one: the list should show that too.
        else void queryClient.invalidateQueries({ queryKey: reviewQueueKey });
      },
    });

  return (
    <div className="claim-next">
      <Button busy={claim.isPending} aria-describedby={hintId} onClick={onClaim}>
        {t('reviewQueue.claim.action')}
      </Button>
      <p id={hintId} className="claim-next__hint">
        {t(filtered ? 'reviewQueue.claim.hintFiltered' : 'reviewQueue.claim.hint')}
      </p>
      {claim.isSuccess && !claim.data.filing ? (
        <Alert tone="info">{t(filtered ? 'reviewQueue.claim.nothingFiltered' : 'reviewQueue.claim.nothing')}</Alert>
      ) : null}
      {claim.isError ? (
        <Alert tone="error" title={t('reviewQueue.claim.failed')}>
          {errorMessage(claim.error)}
        </Alert>
      ) : null}
    </div>
  );
}
