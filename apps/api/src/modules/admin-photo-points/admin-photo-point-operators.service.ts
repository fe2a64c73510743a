// Placing operator accounts at photo points: an operator works at one point at a time (Account.photoPointId), so
// placing one moves it from wherever it was. Each placement and removal is audited in its own transaction with the
// operator's point before and after.
import type { AdminPhotoPointDetail, AssignableOperatorList } from '@beian/contracts';
import type { Db } from '../../infra/db.ts';
import { ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { AdminAct, AdminPhotoPoints } from './admin-photo-points.service.ts';

type Deps = {
  db: Db;
  audit: Pick<AuditRepository, 'append'>;
  clock: Clock;
  points: Pick<AdminPhotoPoints, 'lockedPoint' | 'detailIn'>;
};

export function createPointOperators({ db, audit, clock, points }: Deps) {
  return {
    /** Every operator account by display name, with its point now. */
    async assignable(): Promise<AssignableOperatorList> {
      const rows = await db.account.findMany({
        where: { role: 'OPERATOR' },
        select: {
          id: true,
          displayName: true,
          email: true,
          active: true,
          photoPoint: { select: { id: true, name: true, active: true } },
        },
      });
      const operators = rows
        .map((row) => ({ ...row, point: row.photoPoint }))
        .map(({ photoPoint: _, ...operator }) => operator)
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN') || a.id.localeCompare(b.id));
      return { operators };
    },

    /** Places the operator at the point (moving it from its previous one); nothing is written when already there. */
    async assign(act: AdminAct, pointId: string, accountId: string): Promise<AdminPhotoPointDetail> {
      return db.$transaction(async (tx) => {
        const point = await points.lockedPoint(tx, pointId);
        const operator = await tx.account.findUnique({
          where: { id: accountId },
          select: { role: true, displayName: true, photoPointId: true, photoPoint: { select: { name: true } } },
        });
        if (operator?.role !== 'OPERATOR') throw new NotFoundError('Operator account');
        if (operator.photoPointId === pointId) return points.detailIn(tx, pointId);
        const now = clock.now();
        // Guarded by the point read: another admin moving the same operator meanwhile makes this one fail, not overwrite.
        const moved = await tx.account.updateMany({
          where: { id: accountId, role: 'OPERATOR', photoPointId: operator.photoPointId },
          data: { photoPointId: pointId, updatedAt: now },
        });
        if (moved.count === 0) {
          throw new ConflictError(
            'STALE_VERSION',
            'Another administrator moved this operator just now. Reload and try again.',
          );
        }
        await audit.append(
          {
            actorId: act.adminId,
            action: 'photoPoint.assignOperator',
            targetType: 'photoPoint',
            targetId: pointId,
            before: { photoPoint: operator.photoPoint?.name ?? null },
            after: { photoPoint: point.name },
            detail: { operatorId: accountId, operator: operator.displayName },
            requestId: act.requestId,
            at: now,
          },
          tx,
        );
        return points.detailIn(tx, pointId);
      });
    },

    /** Takes the operator off the point; nothing is written when it is not (or no longer) there. */
    async unassign(act: AdminAct, pointId: string, accountId: string): Promise<AdminPhotoPointDetail> {
      return db.$transaction(async (tx) => {
        const point = await points.lockedPoint(tx, pointId);
        const now = clock.now();
        const removed = await tx.account.updateMany({
          where: { id: accountId, photoPointId: pointId },
          data: { photoPointId: null, updatedAt: now },
        });
        if (removed.count > 0) {
          const operator = await tx.account.findUniqueOrThrow({
            where: { id: accountId },
            select: { displayName: true },
          });
          await audit.append(
            {
              actorId: act.adminId,
              action: 'photoPoint.unassignOperator',
              targetType: 'photoPoint',
              targetId: pointId,
              before: { photoPoint: point.name },
              after: { photoPoint: null },
              detail: { operatorId: accountId, operator: operator.displayName },
              requestId: act.requestId,
              at: now,
            },
            tx,
          );
        }
        return points.detailIn(tx, pointId);
      });
    },
  };
}

export type PointOperators = ReturnType<typeof createPointOperators>;
