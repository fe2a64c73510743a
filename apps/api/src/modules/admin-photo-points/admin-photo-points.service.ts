// The admin's photo points: list and search, read one with its operators, create, edit guarded by the row's
// updatedAt, deactivate and reactivate. Points are never deleted (photos and the audit log refer to them). Every
// change is written to the audit log in its own transaction, with the changed fields before and after.
import type {
  AdminPhotoPointDetail,
  AdminPhotoPointList,
  AdminPhotoPointQuery,
  PhotoPointFields,
  UpdatePhotoPoint,
} from '@beian/contracts';
import { PROVINCE_CODES } from '@beian/domain';
import { citiesOf } from '@beian/domain/regions';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import {
  auditedFields,
  changesOf,
  POINT_FIELDS,
  pointSelect,
  toAdminPoint,
  toPointDetail,
} from './admin-photo-points.view.ts';

/** Who acts, and the request the audit entry points back to. */
export type AdminAct = { adminId: string; requestId: string };

type Deps = { db: Db; audit: Pick<AuditRepository, 'append'>; clock: Clock };

const collator = new Intl.Collator('zh-CN');

const detailSelect = {
  ...pointSelect,
  operators: {
    where: { role: 'OPERATOR' as const },
    select: { id: true, displayName: true, email: true, active: true },
    orderBy: { displayName: 'asc' as const },
  },
  _count: { select: { operators: { where: { role: 'OPERATOR' as const } }, photos: true } },
} as const;

/** The city must be one of the province's cities as the region list names them. */
function checkCity(province: string, city: string) {
  if (citiesOf(province).some((c) => c.name === city)) return;
  const message = 'Choose a city of the chosen province';
  throw new AppError('VALIDATION_FAILED', 400, `The photo point is not valid: ${message}.`, {
    errors: [{ path: 'city', message }],
  });
}

const stale = () =>
  new ConflictError(
    'STALE_VERSION',
    'Another administrator changed this photo point after you opened it. Reload it to see their changes, then make yours again.',
  );

export function createAdminPhotoPoints({ db, audit, clock }: Deps) {
  /**
   * The row's next updatedAt: now, but always later than the last one, so two edits in one millisecond (or on a
   * stopped test clock) still give the row a new version.
   */
  const nextStamp = (previous: Date) => new Date(Math.max(clock.now().getTime(), previous.getTime() + 1));

  async function detailIn(tx: Tx, id: string): Promise<AdminPhotoPointDetail> {
    const row = await tx.photoPoint.findUnique({ where: { id }, select: detailSelect });
    if (!row) throw new NotFoundError('Photo point');
    return toPointDetail(row);
  }

  async function lockedPoint(tx: Tx, id: string) {
    // Row lock: concurrent activations, edits and assignments on one point queue behind each other.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "PhotoPoint" WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError('Photo point');
    return tx.photoPoint.findUniqueOrThrow({ where: { id } });
  }

  return {
    async list(query: AdminPhotoPointQuery): Promise<AdminPhotoPointList> {
      const words = (query.q ?? '').split(/\s+/).filter(Boolean);
      const where: Prisma.PhotoPointWhereInput = {
        province: query.province,
        city: query.city || undefined,
        active: query.active === undefined ? undefined : query.active === 'true',
        AND: words.map((word) => ({
          OR: (['name', 'address', 'city'] as const).map((field) => ({
            [field]: { contains: word, mode: 'insensitive' as const },
          })),
        })),
      };
      // A few hundred points at most: all that match, sorted here so Chinese names follow pinyin order.
      const rows = await db.photoPoint.findMany({ where, select: pointSelect });
      const points = rows
        .map(toAdminPoint)
        .sort(
          (a, b) =>
            PROVINCE_CODES.indexOf(a.province) - PROVINCE_CODES.indexOf(b.province) ||
            collator.compare(a.city, b.city) ||
            collator.compare(a.name, b.name),
        );
      return { total: points.length, points };
    },

    detail: (id: string) => detailIn(db, id),

    async create(act: AdminAct, fields: PhotoPointFields): Promise<AdminPhotoPointDetail> {
      checkCity(fields.province, fields.city);
      const now = clock.now();
      return db.$transaction(async (tx) => {
        const row = await tx.photoPoint.create({ data: { ...fields, active: true, createdAt: now, updatedAt: now } });
        await audit.append(
          {
            actorId: act.adminId,
            action: 'photoPoint.create',
            targetType: 'photoPoint',
            targetId: row.id,
            after: { ...auditedFields(fields), active: true },
            requestId: act.requestId,
            at: now,
          },
          tx,
        );
        return detailIn(tx, row.id);
      });
    },

    async update(act: AdminAct, id: string, input: UpdatePhotoPoint): Promise<AdminPhotoPointDetail> {
      const { updatedAt, ...fields } = input;
      return db.$transaction(async (tx) => {
        const row = await lockedPoint(tx, id);
        if (row.updatedAt.getTime() !== new Date(updatedAt).getTime()) throw stale();
        const current = Object.fromEntries(POINT_FIELDS.map((f) => [f, row[f]])) as PhotoPointFields;
        const change = changesOf(current, fields);
        if (!change.changed) return detailIn(tx, id);
        // A point kept where it was keeps its city even if the region list names it differently.
        if (change.data.province !== undefined || change.data.city !== undefined) {
          checkCity(fields.province ?? row.province, fields.city ?? row.city);
        }
        await tx.photoPoint.update({ where: { id }, data: { ...change.data, updatedAt: nextStamp(row.updatedAt) } });
        await audit.append(
          {
            actorId: act.adminId,
            action: 'photoPoint.update',
            targetType: 'photoPoint',
            targetId: id,
            before: change.before,
            after: change.after,
            detail: { name: row.name },
            requestId: act.requestId,
            at: clock.now(),
          },
          tx,
        );
        return detailIn(tx, id);
      });
    },

    /** Deactivating hides the point from applicants and stops its operators; nothing is written when unchanged. */
    async setActive(act: AdminAct, id: string, active: boolean): Promise<AdminPhotoPointDetail> {
      return db.$transaction(async (tx) => {
        const row = await lockedPoint(tx, id);
        if (row.active === active) return detailIn(tx, id);
        await tx.photoPoint.update({ where: { id }, data: { active, updatedAt: nextStamp(row.updatedAt) } });
        const operators = await tx.account.count({ where: { photoPointId: id, role: 'OPERATOR' } });
        await audit.append(
          {
            actorId: act.adminId,
            action: active ? 'photoPoint.activate' : 'photoPoint.deactivate',
            targetType: 'photoPoint',
            targetId: id,
            before: { active: row.active },
            after: { active },
            detail: { name: row.name, operators },
            requestId: act.requestId,
            at: clock.now(),
          },
          tx,
        );
        return detailIn(tx, id);
      });
    },

    lockedPoint,
    detailIn,
  };
}

export type AdminPhotoPoints = ReturnType<typeof createAdminPhotoPoints>;
