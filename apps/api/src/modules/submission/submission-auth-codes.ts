// The auth codes a submission makes the filing hold. The websites step only checks a code, so two drafts may both
// choose one; the first to submit claims it and the other is refused. Claims happen before the transaction (the
// inventory is another system, as on the verify step) and are undone if it fails; after commit, the codes the
// filing held but no longer uses (a rejection fix chose another cloud service) go back.
import type { FieldError } from '@beian/contracts';
import type { CloudInventory } from '../../adapters/cloud/cloud.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { type AuthCodeUse, authCodeUsesOf, recordedAuthCodes, SUBMISSION_EVENTS } from '../filings/auth-codes.ts';
import type { SubmissionRepository } from './submission.repository.ts';

type Refusal = { use: AuthCodeUse; reason: string };

const WHY: Readonly<Record<string, string>> = {
  AUTH_CODE_USED: 'is already used by another filing',
  AUTH_CODE_NOT_FOUND: 'does not exist',
};

function takenError(refused: readonly Refusal[]): AppError {
  const said = refused.map(({ use, reason }) => `${use.code} ${WHY[reason] ?? `cannot be used (${reason})`}`);
  const errors: FieldError[] = refused.flatMap(({ use, reason }) =>
    use.paths.map((path) => ({
      path,
      message: `The auth code ${use.code} ${WHY[reason] ?? 'cannot be used'}: choose another code or cloud server.`,
    })),
  );
  return new AppError('AUTH_CODE_TAKEN', 409, `Not submitted: the auth code ${said.join('; ')}.`, { errors });
}

export function createSubmissionAuthCodes({ cloud, repo }: { cloud: CloudInventory; repo: SubmissionRepository }) {
  const lastRecorded = async (filingId: string) =>
    recordedAuthCodes((await repo.lastEvent(filingId, SUBMISSION_EVENTS))?.payload);
  const release = (codes: readonly string[], filingId: string) =>
    Promise.all(codes.map((code) => cloud.releaseAuthCode(code, filingId)));

  /** Claims, in code order, the codes the filing does not hold yet; all or none. Returns those it claimed. */
  async function claimMissing(filingId: string, uses: readonly AuthCodeUse[]): Promise<string[]> {
    // A code held by another filing (or none at all) is refused before anything is claimed, naming every such website.
    const records = await Promise.all(uses.map((use) => cloud.findAuthCode(use.code)));
    const refused: Refusal[] = [];
    const missing: AuthCodeUse[] = [];
    uses.forEach((use, i) => {
      const owner = records[i]?.usedByFilingId;
      if (!records[i]) refused.push({ use, reason: 'AUTH_CODE_NOT_FOUND' });
      else if (owner === null) missing.push(use);
      else if (owner !== filingId) refused.push({ use, reason: 'AUTH_CODE_USED' });
    });
    if (refused.length > 0) throw takenError(refused);

    const claimed: string[] = [];
    for (const use of missing) {
      const result = await cloud.claimAuthCode(use.code, filingId);
      if (!result.ok) {
        // Another filing claimed it since the look-up.
        await release(claimed, filingId);
        throw takenError([{ use, reason: result.reason }]);
      }
      claimed.push(use.code);
    }
    return claimed;
  }

  return {
    /**
     * Claims the codes the filing uses (refusing with AUTH_CODE_TAKEN, 409, having given back whatever it claimed),
     * runs the submission's transaction with the codes it leaves held, and then gives back what it should: if the
     * transaction failed, the codes this call claimed; once it committed, the codes held before and no longer used.
     */
    async withClaims(row: Filing, transaction: (held: string[]) => Promise<unknown>): Promise<void> {
      const previous = await lastRecorded(row.id);
      const uses = authCodeUsesOf(row);
      const held = uses.map((use) => use.code);
      const newly = await claimMissing(row.id, uses);
      try {
        await transaction(held);
      } catch (error) {
        // Not a code the latest submission records, though: two presses at once may both find a code free and
        // claim it, and the one that loses must not free the winner's.
        const kept = new Set(await lastRecorded(row.id));
        await release(
          newly.filter((code) => !kept.has(code)),
          row.id,
        );
        throw error;
      }
      const stillUsed = new Set(held);
      await release(
        previous.filter((code) => !stillUsed.has(code)),
        row.id,
      );
    },
  };
}
