// The simulated MIIT verification page's one action: a verifier's mobile, texted code and certificate ending go to
// the bureau simulator, and the page gets back what to say (done, tries left, expired, not a verifier).
import type { MiitSmsCheckBody, MiitSmsCheckResult } from '@beian/contracts';
import type { MiitBureau } from '../../adapters/miit/miit-bureau.port.ts';

export function createMiitSmsCheckService(deps: { bureau: Pick<MiitBureau, 'recordSmsConfirmation'> }) {
  return {
    async check(body: MiitSmsCheckBody): Promise<MiitSmsCheckResult> {
      const { outcome, submission, triesLeft } = await deps.bureau.recordSmsConfirmation(body);
      return {
        outcome,
        orderNo: submission?.orderNo ?? null,
        triesLeft: outcome === 'WRONG_CODE' ? triesLeft : null,
        // UNDER_REVIEW or decided: every verifier confirmed.
        allConfirmed: submission !== null && submission.smsConfirmedAt !== null,
      };
    },
  };
}

export type MiitSmsCheckService = ReturnType<typeof createMiitSmsCheckService>;
