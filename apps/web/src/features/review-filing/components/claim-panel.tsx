// In place of the decision while the reviewer only reads the filing (opened from the queue): who holds it, if
// anyone, and the one button that claims it. Claiming stays an explicit act; reading never claims.
import type { ReviewFilingDetail } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { errorMessage } from '../../../lib/error-message.ts';
import { useClaimFiling } from '../api/claim-api.ts';

type ClaimPanelProps = { filingId: string; claim: ReviewFilingDetail['claim'] };

export function ClaimPanel({ filingId, claim }: ClaimPanelProps) {
  const { t } = useTranslation();
  const claimFiling = useClaimFiling(filingId);
  return (
    <section className="card decision decision--read-only" aria-labelledby="claim-heading">
      <h2 id="claim-heading" className="card__title">
        {t('reviewFiling.readOnly.title')}
      </h2>
      {claim ? (
        <p>
          {t('reviewFiling.readOnly.claimedByOther', {
            name: claim.claimedBy.displayName,
            until: formatBeijing(claim.expiresAt),
          })}
        </p>
      ) : (
        <>
          <p>{t('reviewFiling.readOnly.body')}</p>
          <div className="decision__actions">
            <Button busy={claimFiling.isPending} onClick={() => claimFiling.mutate()}>
              {t('reviewFiling.readOnly.claim')}
            </Button>
          </div>
        </>
      )}
      {claimFiling.isError ? (
        <Alert tone="error" title={t('reviewFiling.readOnly.claimFailed')}>
          {errorMessage(claimFiling.error)}
        </Alert>
      ) : null}
    </section>
  );
}
