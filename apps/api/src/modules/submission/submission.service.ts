// POST /api/filings/:id/submit: the guards, the auth codes claimed, then `submit` (from DRAFT) or `resubmit` (after a
// rejection) in one transaction with its FilingEvent, the agreement, the SLA due time and the confirmation
// notifications. Pressing twice, or two presses at once, submits once: the version guard lets one transition win, and
// a press that finds the filing already submitted with the same agreement from that version gets the same answer.
import type { Account, SubmitBody, SubmitResponse } from '@beian/contracts';
import {
  checkEditedSinceRejection,
  isEditableState,
  missingMaterials,
  REVIEW_SLA_WORKING_DAYS,
  slaDueAt,
} from '@beian/domain';
import type { CloudInventory } from '../../adapters/cloud/cloud.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import { AppError, ConflictError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarSource } from '../calendar/calendar-source.ts';
import { type FilingAccess, staleVersionError } from '../filings/filing-access.ts';
import type { ApplyTransition } from '../filings/filing-transitions.ts';
import type { MaterialContexts } from '../materials/material-context.ts';
import type { MaterialsRepository } from '../materials/materials.repository.ts';
import { uploadedOf } from '../materials/materials.view.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import { assertSubmittable, materialsMissingError } from './submission.guard.ts';
import type { SubmissionRepository } from './submission.repository.ts';
import { createSubmissionAuthCodes } from './submission-auth-codes.ts';

/** The initial review's SLA: 1 working day on the mainland calendar (docs/design.md §5.5). */
export const INITIAL_REVIEW_WORKING_DAYS = REVIEW_SLA_WORKING_DAYS;

export type SubmissionDeps = {
  access: FilingAccess;
  contexts: MaterialContexts;
  materials: MaterialsRepository;
  repo: SubmissionRepository;
  applyTransition: ApplyTransition;
  outbox: NotificationOutbox;
  cloud: CloudInventory;
  /** The holiday calendar the SLA is counted on. */
  calendar: Pick<CalendarSource, 'current'>;
  clock: Clock;
};

function responseOf(row: Filing): SubmitResponse {
  if (!row.submittedAt || !row.slaDueAt) throw new Error(`Filing ${row.orderNo} has no submission time`);
  return {
    id: row.id,
    orderNo: row.orderNo,
    status: row.status,
    version: row.version,
    submittedAt: row.submittedAt.toISOString(),
    initialReviewDueAt: row.slaDueAt.toISOString(),
  };
}

export function createSubmissionService(deps: SubmissionDeps) {
  const { access, contexts, materials, repo, applyTransition, outbox, cloud, calendar, clock } = deps;
  const authCodes = createSubmissionAuthCodes({ cloud, repo });

  /** The earlier submission's answer when this press repeats it (same agreement, sent from that version or after). */
  async function repeated(row: Filing, body: SubmitBody): Promise<SubmitResponse | null> {
    if (row.status !== 'INITIAL_REVIEW' || !row.submittedAt) return null;
    const { termsVersion, privacyVersion } = body.agreement;
    if (row.termsVersion !== termsVersion || row.privacyVersion !== privacyVersion) return null;
    if (body.version === row.version) return responseOf(row);
    const last = await repo.lastEvent(row.id, ['submit', 'resubmit']);
    const from = (last?.payload as { version?: unknown } | null)?.version;
    return from === body.version ? responseOf(row) : null;
  }

  async function assertEditedSinceBureauRejection(row: Filing): Promise<void> {
    const rejected = await repo.lastEvent(row.id, ['bureauReject']);
    if (!rejected) return;
    // Every edit (subject, websites, a material) moves updatedAt; the rejection itself set it to the rejection time.
    if (checkEditedSinceRejection({ rejectedAt: rejected.at, lastEditedAt: row.updatedAt }).ok) return;
    throw new ConflictError(
      'ILLEGAL_TRANSITION',
      `The bureau rejected filing ${row.orderNo}; change what it named before submitting again.`,
    );
  }

  async function submit(account: Account, id: string, body: SubmitBody): Promise<SubmitResponse> {
    const row = await access.owned(account.id, id);
    const again = await repeated(row, body);
    if (again) return again;
    if (!isEditableState(row.status)) {
      throw new ConflictError(
        'ILLEGAL_TRANSITION',
        `Filing ${row.orderNo} is ${row.status}: it cannot be submitted now.`,
      );
    }
    if (body.version !== row.version) throw staleVersionError(row.orderNo, body.version, row.version);

    const context = await contexts.of(row);
    assertSubmittable(context, uploadedOf(await materials.listForFiling(row.id)));
    if (row.status === 'BUREAU_REJECTED') await assertEditedSinceBureauRejection(row);

    const workingDays = await calendar.current();
    const now = clock.now();
    const dueAt = slaDueAt(now, INITIAL_REVIEW_WORKING_DAYS, workingDays);
    const { termsVersion, privacyVersion } = body.agreement;
    // The codes the filing's websites use are claimed before the transaction and given back if it fails.
    await authCodes.withClaims(row, (held) =>
      applyTransition({
        row,
        event: row.status === 'DRAFT' ? 'submit' : 'resubmit',
        actor: { role: 'APPLICANT', id: account.id },
        at: now,
        // authCodes: what the filing holds from now on, read back by the next submission and by abandoning.
        payload: { version: row.version, termsVersion, privacyVersion, authCodes: held },
        set: { submittedAt: now, slaDueAt: dueAt, termsVersion, privacyVersion, agreementAcceptedAt: now },
        alsoInTransaction: async (tx) => {
          // Under the row lock the status update holds: a material deleted since the guard ran shows here.
          const missing = missingMaterials(context.required, uploadedOf(await materials.listForFiling(row.id, tx)));
          if (missing.length > 0) throw materialsMissingError(missing);
          await outbox.notify(
            {
              accountId: account.id,
              filingId: row.id,
              template: 'FILING_SUBMITTED',
              params: {
                orderNo: row.orderNo,
                dueAt: dueAt.toISOString(),
                resubmitted: String(row.status !== 'DRAFT'),
              },
              email: account.email,
              mobile: context.detail.subject.principal.mobile,
              now,
            },
            tx,
          );
        },
      }),
    );
    return responseOf(await access.owned(account.id, id));
  }

  return {
    async submit(account: Account, id: string, body: SubmitBody): Promise<SubmitResponse> {
      try {
        return await submit(account, id, body);
      } catch (error) {
        // Two presses at once: the version guard made this one lose. If the winner submitted, answer as it did.
        if (!(error instanceof AppError) || error.code !== 'STALE_VERSION') throw error;
        const again = await repeated(await access.owned(account.id, id), body);
        if (again) return again;
        throw error;
      }
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
