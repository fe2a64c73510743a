// A filing back in review after a rejection at the same stage: that rejection's reasons, the fields changed since
// (against the snapshot the rejection stored; rejections from before snapshots were kept say "not known"), and the
// materials uploaded after it.
import { RejectionReasonSchema, type Resubmission } from '@beian/contracts';
import { z } from 'zod';
import type { Filing, FilingEvent, Material } from '../../generated/prisma/client.ts';
import { changedFields, fieldSnapshot } from './rejection-snapshot.ts';

const RejectPayloadSchema = z.object({
  reasons: z.array(RejectionReasonSchema).catch([]),
  snapshot: z.record(z.string(), z.string()).optional().catch(undefined),
});

/** `events` oldest first. */
export function resubmissionOf(
  row: Pick<Filing, 'status' | 'subjectDraft' | 'websites'>,
  events: readonly Pick<FilingEvent, 'event' | 'fromStatus' | 'payload' | 'at'>[],
  materials: readonly Pick<Material, 'id' | 'uploadedAt'>[],
): Resubmission | null {
  // Rejections of the stage the filing is in now: a second review is not a resubmission of the initial one.
  const rejections = events.filter((e) => e.event === 'reject' && e.fromStatus === row.status);
  const last = rejections.at(-1);
  if (!last) return null;
  const payload = RejectPayloadSchema.safeParse(last.payload);
  const snapshot = payload.success ? payload.data.snapshot : undefined;
  return {
    round: rejections.length + 1,
    rejectedAt: last.at.toISOString(),
    previousReasons: payload.success ? payload.data.reasons : [],
    changedFields: snapshot ? changedFields(snapshot, fieldSnapshot(row)) : null,
    replacedMaterials: materials.filter((m) => m.uploadedAt.getTime() > last.at.getTime()).map((m) => m.id),
  };
}
