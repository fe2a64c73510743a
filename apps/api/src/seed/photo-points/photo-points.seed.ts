// Loads the demo's photo points into an empty table and puts the demo operator at their point.
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import { DEMO_OPERATOR_EMAIL } from '../demo-accounts.ts';
import { DEMO_OPERATOR_POINT, PHOTO_POINT_SEEDS, WEEKDAY_HOURS } from './photo-points.data.ts';

/** Inserts the points when there are none; returns how many it inserted. */
export async function seedPhotoPoints(db: Db, clock: Clock): Promise<number> {
  const now = clock.now();
  let inserted = 0;
  if ((await db.photoPoint.count()) === 0) {
    const result = await db.photoPoint.createMany({
      data: PHOTO_POINT_SEEDS.map((p) => ({
        ...p,
        hours: p.hours ?? WEEKDAY_HOURS,
        active: true,
        createdAt: now,
        updatedAt: now,
      })),
    });
    inserted = result.count;
  }
  // Linked here, not when the account is made, so it holds whichever of accounts and points came first; an operator
  // an administrator already placed elsewhere keeps their point.
  const point = await db.photoPoint.findFirst({ where: { name: DEMO_OPERATOR_POINT } });
  if (point) {
    await db.account.updateMany({
      where: { email: DEMO_OPERATOR_EMAIL, role: 'OPERATOR', photoPointId: null },
      data: { photoPointId: point.id, updatedAt: now },
    });
  }
  return inserted;
}
