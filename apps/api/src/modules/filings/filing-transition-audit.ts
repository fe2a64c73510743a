// The audit row of a filing transition (docs/decisions/026): `filing.<event>`, the status before and after, and only
// the payload fields an administrator may read: reasons, rounds, failures, the photo method, idle days. Snapshots,
// auth codes and anything else the event keeps stay in FilingEvent.
import type { ActorRole, FilingEvent, FilingState } from '@beian/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { AuditEntryInput } from '../audit/audit.repository.ts';

const SHOWN_PAYLOAD_FIELDS = ['reasons', 'reason', 'round', 'failure', 'method', 'idleDays'] as const;

/** A rejection reason as the log shows it: where and what, without the reviewer's suggestion text. */
function shownReasons(value: unknown): Prisma.InputJsonValue | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((reason) => {
    if (typeof reason !== 'object' || reason === null) return [];
    const { field, message } = reason as { field?: unknown; message?: unknown };
    return typeof message === 'string' ? [{ ...(typeof field === 'string' ? { field } : {}), message }] : [];
  });
}

export function transitionAuditEntry(input: {
  filingId: string;
  event: FilingEvent;
  from: FilingState;
  to: FilingState;
  actor: { role: ActorRole; id: string | null };
  payload: Prisma.InputJsonObject;
  requestId?: string;
  at: Date;
}): AuditEntryInput {
  const detail: Record<string, Prisma.InputJsonValue> = {};
  for (const field of SHOWN_PAYLOAD_FIELDS) {
    const value = field === 'reasons' ? shownReasons(input.payload.reasons) : input.payload[field];
    if (value !== undefined && value !== null) detail[field] = value;
  }
  return {
    actorId: input.actor.role === 'SYSTEM' ? null : input.actor.id,
    action: `filing.${input.event}`,
    targetType: 'filing',
    targetId: input.filingId,
    filingId: input.filingId,
    before: { status: input.from },
    after: { status: input.to },
    detail,
    requestId: input.requestId,
    at: input.at,
  };
}
