// Photo points and operators for the operator tests: a point row, and a signed-in operator placed at it.
import type { App } from '../../src/app.ts';
import type { Db } from '../../src/infra/db.ts';
import { signedInClient } from '../helpers/http-client.ts';

export async function photoPointRow(
  t: { app: App; db: Db },
  fields: { province?: string; city?: string; name?: string } = {},
) {
  const now = t.app.clock.now();
  return t.db.photoPoint.create({
    data: {
      province: fields.province ?? '44',
      city: fields.city ?? '广州市',
      name: fields.name ?? '广州天河拍照点',
      address: '广东省广州市天河区天河路 208 号天河城大厦 1806 室',
      hours: '周一至周五 09:00-17:30',
      phone: '020-3887 1542',
      active: true,
      createdAt: now,
      updatedAt: now,
    },
  });
}

/** A signed-in operator working at `pointId` (or at no point when null). */
export async function operatorAt(t: { app: App; db: Db }, pointId: string | null) {
  const operator = await signedInClient(t.app, t.db, 'OPERATOR');
  if (pointId) await t.db.account.update({ where: { id: operator.account.id }, data: { photoPointId: pointId } });
  return operator;
}
