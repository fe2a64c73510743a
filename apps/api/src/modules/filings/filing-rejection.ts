// The rejection an applicant works from: while a filing is INITIAL_REJECTED, the reasons of its latest `reject`
// event. Its field paths also narrow what may change before resubmitting (docs/design.md §4.4).
import { type Rejection, RejectionReasonSchema } from '@beian/contracts';
import { z } from 'zod';
import type { Filing, FilingEvent } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';
import type { EditScope } from './edit-scope.ts';
import { readWebsites } from './filing-data.ts';

export type RejectionOf = (row: Pick<Filing, 'id' | 'status'>) => Promise<Rejection | null>;

const PayloadSchema = z.object({ reasons: z.array(RejectionReasonSchema) });

const toRejection = (event: Pick<FilingEvent, 'at' | 'payload'>): Rejection => {
  const payload = PayloadSchema.safeParse(event.payload);
  return { at: event.at.toISOString(), reasons: payload.success ? payload.data.reasons : [] };
};

export function createRejectionOf(db: Db): RejectionOf {
  return async (row) => {
    if (row.status !== 'INITIAL_REJECTED') return null;
    const event = await db.filingEvent.findFirst({
      where: { filingId: row.id, event: 'reject' },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    });
    return event ? toRejection(event) : null;
  };
}

/** The same rejection for a caller that has read the filing's whole history already (oldest first): no read. */
export function rejectionIn(
  row: Pick<Filing, 'status'>,
  events: readonly Pick<FilingEvent, 'event' | 'at' | 'payload'>[],
): Rejection | null {
  if (row.status !== 'INITIAL_REJECTED') return null;
  const event = events.findLast((e) => e.event === 'reject');
  return event ? toRejection(event) : null;
}

/**
 * A rejected filing may change the fields its rejection names, plus any material; every other state keeps its own
 * rule. Reviewers name a website by its position (`websites.0.name`), the wizard by its filing number.
 */
export function rejectionScope(rejectionOf: RejectionOf): EditScope {
  return async (filing) => {
    const rejection = await rejectionOf(filing);
    if (!rejection) return 'ALL';
    const websites = readWebsites(filing.websites);
    const fields = rejection.reasons.flatMap((reason) => {
      const match = /^websites\.(\d+)(\..+)?$/.exec(reason.field);
      const site = match ? websites[Number(match[1])] : undefined;
      return site ? [reason.field, `websites.${site.websiteFilingNo}${match?.[2] ?? ''}`] : [reason.field];
    });
    return new Set([...fields, 'materials']);
  };
}
