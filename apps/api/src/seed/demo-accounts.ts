// Demo accounts, one per role, created on the first start of an empty database so a newcomer can sign in at once.
import type { Role } from '@beian/contracts';
import type { Db } from '../infra/db.ts';
import type { Clock } from '../lib/clock.ts';
import { hashPassword } from '../modules/auth/passwords.ts';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';

/** The demo operator, placed at a photo point by the photo-point seed. */
export const DEMO_OPERATOR_EMAIL = 'operator@demo.beian.test';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'applicant@demo.beian.test', displayName: '演示申请人', role: 'APPLICANT' },
  { email: 'reviewer@demo.beian.test', displayName: '演示审核员', role: 'REVIEWER' },
  { email: 'admin@demo.beian.test', displayName: '演示管理员', role: 'ADMIN' },
  { email: DEMO_OPERATOR_EMAIL, displayName: '拍照点操作员', role: 'OPERATOR' },
];

/** Creates the demo accounts when the database has no account at all; returns whether it did. */
export async function seedDemoAccounts(db: Db, clock: Clock): Promise<boolean> {
  if ((await db.account.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock.now();
  await db.account.createMany({
    data: DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash, createdAt: now, updatedAt: now })),
  });
  return true;
}
