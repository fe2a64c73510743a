// Prisma access for the audit log: append and page backwards by id.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type AuditEntryInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** The filing the change concerns, when there is one: the audit page filters and names it by order number. */
  filingId?: string | null;
  /** The changed fields as they were and as they became; leave out the side that does not exist (a creation). */
  before?: Prisma.InputJsonObject;
  after?: Prisma.InputJsonObject;
  detail?: Prisma.InputJsonObject;
  requestId?: string;
  /** The app clock's time of the change (tests and jobs run the app on other dates than the wall clock). */
  at: Date;
};

export function createAuditRepository(db: Db) {
  return {
    append: (entry: AuditEntryInput, tx: Tx = db) => tx.auditLog.create({ data: entry }),
    page: (filter: { action?: string; targetType?: string; before?: number; limit: number }) =>
      db.auditLog.findMany({
        where: {
          action: filter.action,
          targetType: filter.targetType,
          id: filter.before ? { lt: BigInt(filter.before) } : undefined,
        },
        orderBy: { id: 'desc' },
        take: filter.limit,
      }),
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
