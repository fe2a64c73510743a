// The applicant's view of a filing's past: each review round (submitted, decided, with a rejection's reasons) and
// every status change, built from the FilingEvent rows. Who acted is told as a party, never as a person.
import {
  type FilingHistory,
  type FilingTimelineEntry,
  RejectionReasonSchema,
  type ReviewRound,
  type ReviewStage,
} from '@beian/contracts';
import { z } from 'zod';
import type { FilingEvent, FilingStatus } from '../../generated/prisma/client.ts';

export type HistoryEvent = Pick<FilingEvent, 'event' | 'fromStatus' | 'toStatus' | 'actorRole' | 'payload' | 'at'>;

// A round runs while the filing sits in its stage's review state: entering it starts one, leaving it ends one.
// Keyed by status rather than by event so that the second review (not built yet) reads the same way.
const STAGE_REVIEWING: Partial<Record<FilingStatus, ReviewStage>> = {
  INITIAL_REVIEW: 'INITIAL',
  SECOND_REVIEW: 'SECOND',
};

// The bureau's answers reach us through the system, but the applicant should read them as the bureau's.
const BUREAU_EVENTS = new Set(['bureauApprove', 'bureauReject', 'smsConfirmed', 'smsExpired']);

const RejectPayloadSchema = z.object({ reasons: z.array(RejectionReasonSchema) });

const actorOf = (e: HistoryEvent): FilingTimelineEntry['actor'] => {
  if (BUREAU_EVENTS.has(e.event)) return 'BUREAU';
  if (e.actorRole === 'APPLICANT') return 'APPLICANT';
  if (e.actorRole === 'SYSTEM') return 'SYSTEM';
  return 'PROVIDER';
};

// Leaving review other than by a decision (withdraw, or abandoning / expiring the filing meanwhile) means no
// reviewer decided: the round was taken back, not left pending forever.
const outcomeOf = (event: string): ReviewRound['outcome'] =>
  event === 'approve' ? 'APPROVED' : event === 'reject' ? 'REJECTED' : 'WITHDRAWN';

// A stored payload that no longer parses still shows the rejection, only without reasons.
const reasonsOf = (e: HistoryEvent) => {
  if (e.event !== 'reject') return [];
  const parsed = RejectPayloadSchema.safeParse(e.payload);
  return parsed.success ? parsed.data.reasons : [];
};

/** `events` oldest first (by `at`, then `id`), as the repository reads them. */
export function toFilingHistory(events: readonly HistoryEvent[]): FilingHistory {
  const rounds: ReviewRound[] = [];
  const open = new Map<ReviewStage, ReviewRound>();
  for (const e of events) {
    if (e.fromStatus === e.toStatus) continue;
    const ended = e.fromStatus ? STAGE_REVIEWING[e.fromStatus] : undefined;
    const round = ended && open.get(ended);
    if (ended && round) {
      open.delete(ended);
      round.outcome = outcomeOf(e.event);
      round.decidedAt = e.at.toISOString();
      round.reasons = reasonsOf(e);
    }
    const started = STAGE_REVIEWING[e.toStatus];
    if (!started) continue;
    const next: ReviewRound = {
      stage: started,
      round: rounds.filter((r) => r.stage === started).length + 1,
      submittedAt: e.at.toISOString(),
      outcome: 'PENDING',
      decidedAt: null,
      reasons: [],
    };
    rounds.push(next);
    open.set(started, next);
  }
  return {
    rounds,
    events: events.map((e) => ({
      event: e.event,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actor: actorOf(e),
      at: e.at.toISOString(),
    })),
  };
}
