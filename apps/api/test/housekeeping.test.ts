// Housekeeping: the purge removes sessions, sign-in counters, forgotten devices, registrations never confirmed, SMS
// codes, password locks, app check links, password reset links and staff invitations past their retention, and
// nothing a live session or a limit still needs; it works in batches and runs on the job runner under its name.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../src/jobs/job-runner.ts';
import { createExpiredPurge } from '../src/modules/housekeeping/housekeeping.job.ts';
import { createHousekeepingRepository } from '../src/modules/housekeeping/housekeeping.repository.ts';
import { filingRow } from './helpers/filing-rows.ts';
import { createClient, signedInClient, TEST_PASSWORD } from './helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from './helpers/test-app.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
const ago = (ms: number) => new Date(clock.now().getTime() - ms);
let t: TestApp;

beforeAll(async () => {
  // Three failures slow a sign-in down, so the test can trip the limit quickly.
  t = await createTestApp({ clock, env: { LOGIN_FREE_FAILURES: '3', LOGIN_WINDOW_MINUTES: '15' } });
});
afterAll(() => t.close());

const purge = () => t.app.backgroundJobs.purgeExpired();
const nothing = {
  sessions: 0,
  loginThrottles: 0,
  knownDevices: 0,
  emailVerifications: 0,
  unconfirmedAccounts: 0,
  smsCodes: 0,
  passwordLocks: 0,
  appCheckLinks: 0,
  passwordResets: 0,
  staffInvitations: 0,
};

async function session(accountId: string, expiresAt: Date) {
  const now = clock.now();
  const row = { tokenHash: randomBytes(16).toString('hex'), accountId, expiresAt, createdAt: now, lastSeenAt: now };
  return (await t.db.session.create({ data: row })).id;
}

/** A sign-in counter whose window started at `windowStart` (its wait ended five seconds later). */
async function counter(windowStart: Date, key = `a:${randomBytes(8).toString('hex')}`) {
  const notBefore = new Date(windowStart.getTime() + 5 * SECOND);
  await t.db.loginThrottle.create({ data: { key, failures: 3, windowStart, notBefore } });
  return key;
}

/** An app check link of the filing that expires at `expiresAt`. */
async function appCheckLink(filingId: string, expiresAt: Date) {
  const row = {
    id: randomUUID(),
    filingId,
    tokenHash: randomBytes(32).toString('hex'),
    createdAt: new Date(expiresAt.getTime() - DAY),
    expiresAt,
  };
  return (await t.db.appCheckLink.create({ data: row })).id;
}

async function device(accountId: string, lastSignInAt: Date) {
  const row = { tokenHash: randomBytes(16).toString('hex'), accountId, createdAt: lastSignInAt, lastSignInAt };
  return (await t.db.knownDevice.create({ data: row })).id;
}

/** A registration never confirmed, with a link that expires at `linkExpiresAt` (or no link). */
async function unconfirmed(linkExpiresAt: Date | null) {
  const email = `pending-${randomBytes(6).toString('hex')}@example.com`;
  const account = await t.db.account.create({
    data: {
      email,
      displayName: 'Pending',
      passwordHash: 'x',
      emailVerified: false,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    },
  });
  if (linkExpiresAt) {
    await t.db.emailVerification.create({
      data: {
        tokenHash: randomBytes(16).toString('hex'),
        accountId: account.id,
        createdAt: new Date(linkExpiresAt.getTime() - DAY),
        expiresAt: linkExpiresAt,
      },
    });
  }
  return account.id;
}

async function smsCode(filingId: string, expiresAt: Date, consumedAt: Date | null = null) {
  const id = randomUUID();
  const sentAt = new Date(expiresAt.getTime() - 5 * MINUTE);
  await t.db.smsCode.create({
    data: { id, filingId, mobileHash: 'number-hash', codeHash: 'code-hash', sentAt, expiresAt, consumedAt },
  });
  return id;
}

/** A password reset link of the account that expires at `expiresAt`. */
async function passwordReset(accountId: string, expiresAt: Date) {
  const row = {
    id: randomUUID(),
    accountId,
    tokenHash: randomBytes(32).toString('hex'),
    createdAt: new Date(expiresAt.getTime() - 60 * MINUTE),
    expiresAt,
  };
  return (await t.db.passwordReset.create({ data: row })).id;
}

/** A staff invitation by `invitedById` that expires at `expiresAt`, used or revoked when asked. */
async function invitation(invitedById: string, expiresAt: Date, end: 'used' | 'revoked' | null = null) {
  const createdAt = new Date(expiresAt.getTime() - 7 * DAY);
  const row = {
    id: randomUUID(),
    tokenHash: randomBytes(32).toString('hex'),
    email: `invitee-${randomBytes(6).toString('hex')}@example.com`,
    displayName: 'Invitee',
    role: 'REVIEWER' as const,
    invitedById,
    createdAt,
    expiresAt,
    usedAt: end === 'used' ? createdAt : null,
    revokedAt: end === 'revoked' ? createdAt : null,
  };
  return (await t.db.staffInvitation.create({ data: row })).id;
}

async function passwordLock(lastFailureAt: Date, lockedUntil: Date | null) {
  const subjectFilingNo = `粤ICP备${randomBytes(4).toString('hex')}号`;
  await t.db.subjectPasswordLock.create({ data: { subjectFilingNo, failures: 5, lastFailureAt, lockedUntil } });
  return subjectFilingNo;
}

describe('purging expired sign-in and SMS data', () => {
  it('deletes exactly the rows past retention, keeps the rest, and a second run deletes nothing', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const filing = await t.db.filing.create({
      data: filingRow({ orderNo: `HK${randomBytes(5).toString('hex')}`, accountId: account.id }),
    });

    const gone = {
      sessions: [await session(account.id, ago(7 * DAY + SECOND))],
      loginThrottles: [await counter(ago(DAY + 6 * SECOND))],
      knownDevices: [await device(account.id, ago(180 * DAY + SECOND))],
      // Its link went with it; one without any link goes too.
      unconfirmedAccounts: [await unconfirmed(ago(7 * DAY + SECOND)), await unconfirmed(null)],
      smsCodes: [await smsCode(filing.id, ago(DAY + SECOND), ago(DAY + 2 * MINUTE))],
      passwordLocks: [
        await passwordLock(ago(DAY + SECOND), null),
        // Locked, and the lock ended just over a day ago.
        await passwordLock(ago(DAY + 31 * MINUTE), ago(DAY + SECOND)),
      ],
      appCheckLinks: [await appCheckLink(filing.id, ago(7 * DAY + SECOND))],
      passwordResets: [await passwordReset(account.id, ago(7 * DAY + SECOND))],
      staffInvitations: [
        await invitation(account.id, ago(7 * DAY + SECOND)),
        await invitation(account.id, ago(7 * DAY + SECOND), 'used'),
        await invitation(account.id, ago(7 * DAY + SECOND), 'revoked'),
      ],
    };
    const kept = {
      sessions: [await session(account.id, ago(7 * DAY - SECOND)), await session(account.id, ago(SECOND))],
      // Its window started over a day ago, but its wait ended less than a day ago.
      loginThrottles: [await counter(ago(DAY - SECOND)), await counter(ago(DAY + 4 * SECOND))],
      knownDevices: [await device(account.id, ago(180 * DAY - SECOND))],
      unconfirmedAccounts: [await unconfirmed(ago(7 * DAY - SECOND))],
      smsCodes: [
        await smsCode(filing.id, ago(DAY - SECOND)),
        // Spent ten minutes ago: the hourly limit still counts it.
        await smsCode(filing.id, ago(5 * MINUTE), ago(10 * MINUTE)),
      ],
      passwordLocks: [
        await passwordLock(ago(DAY - SECOND), null),
        // The last failure is over a day old, but the lock it set ended less than a day ago.
        await passwordLock(ago(DAY + 10 * MINUTE), ago(DAY - 20 * MINUTE)),
      ],
      appCheckLinks: [await appCheckLink(filing.id, ago(7 * DAY - SECOND))],
      passwordResets: [await passwordReset(account.id, ago(7 * DAY - SECOND))],
      // Expired less than a week ago, and one still open.
      staffInvitations: [
        await invitation(account.id, ago(7 * DAY - SECOND), 'used'),
        await invitation(account.id, ago(-DAY)),
      ],
    };

    expect(await purge()).toEqual({
      sessions: 1,
      loginThrottles: 1,
      knownDevices: 1,
      emailVerifications: 1,
      unconfirmedAccounts: 2,
      smsCodes: 1,
      passwordLocks: 2,
      appCheckLinks: 1,
      passwordResets: 1,
      staffInvitations: 3,
    });

    const sessions = await t.db.session.findMany({ where: { id: { in: [...gone.sessions, ...kept.sessions] } } });
    expect(sessions.map((r) => r.id).sort()).toEqual([...kept.sessions].sort());
    const counters = await t.db.loginThrottle.findMany({
      where: { key: { in: [...gone.loginThrottles, ...kept.loginThrottles] } },
    });
    expect(counters.map((r) => r.key).sort()).toEqual([...kept.loginThrottles].sort());
    const devices = await t.db.knownDevice.findMany({
      where: { id: { in: [...gone.knownDevices, ...kept.knownDevices] } },
    });
    expect(devices.map((r) => r.id)).toEqual(kept.knownDevices);
    const accounts = await t.db.account.findMany({
      where: { id: { in: [...gone.unconfirmedAccounts, ...kept.unconfirmedAccounts] } },
      include: { verifications: true },
    });
    expect(accounts.map((r) => r.id)).toEqual(kept.unconfirmedAccounts);
    expect(accounts[0]?.verifications).toHaveLength(1);
    const codes = await t.db.smsCode.findMany({ where: { filingId: filing.id } });
    expect(codes.map((r) => r.id).sort()).toEqual([...kept.smsCodes].sort());
    const locks = await t.db.subjectPasswordLock.findMany({
      where: { subjectFilingNo: { in: [...gone.passwordLocks, ...kept.passwordLocks] } },
    });
    expect(locks.map((r) => r.subjectFilingNo).sort()).toEqual([...kept.passwordLocks].sort());
    const links = await t.db.appCheckLink.findMany({ where: { filingId: filing.id } });
    expect(links.map((r) => r.id)).toEqual(kept.appCheckLinks);
    const resets = await t.db.passwordReset.findMany({ where: { accountId: account.id } });
    expect(resets.map((r) => r.id)).toEqual(kept.passwordResets);
    const invitations = await t.db.staffInvitation.findMany({
      where: { id: { in: [...gone.staffInvitations, ...kept.staffInvitations] } },
    });
    expect(invitations.map((r) => r.id).sort()).toEqual([...kept.staffInvitations].sort());

    // The live session still signs its holder in.
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().account.id).toBe(account.id);

    expect(await purge()).toEqual(nothing);
  });

  it('leaves a slowed sign-in slowed', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const from = (i: number) => createClient(t.app, { remoteAddress: `10.0.3.${i}` });
    for (let i = 0; i < 3; i++) expect((await from(i + 1).login(account.email, 'wrong-pass')).statusCode).toBe(401);
    // Fourteen minutes on, the failures are still inside the fifteen-minute window, and the count goes on from them.
    clock.advance(14 * MINUTE);
    await purge();
    expect((await from(4).login(account.email, 'wrong-pass')).statusCode).toBe(401);
    const slowed = await from(5).login(account.email, TEST_PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('10');
  });

  it('works through a backlog larger than one batch in a single run', async () => {
    const old: string[] = [];
    for (let i = 0; i < 5; i++) old.push(await counter(ago(2 * DAY + i * SECOND)));
    const young = await counter(ago(MINUTE));
    const purgeInTwos = createExpiredPurge({
      repo: createHousekeepingRepository(t.db),
      clock,
      loginWindowMinutes: 15,
      knownDeviceDays: 180,
      batchSize: 2,
    });
    expect(await purgeInTwos()).toEqual({ ...nothing, loginThrottles: 5 });
    const left = await t.db.loginThrottle.findMany({ where: { key: { in: [...old, young] } } });
    expect(left.map((r) => r.key)).toEqual([young]);
  });

  it('runs on the job runner as housekeeping.purge-expired', async () => {
    const old = await counter(ago(2 * DAY));
    const runner = createJobRunner({ db: t.db, clock, jobs: t.app.backgroundJobs.list, log: { error: () => {} } });
    expect(await runner.run('housekeeping.purge-expired')).toBe(true);
    await runner.stop();
    expect(await t.db.loginThrottle.findUnique({ where: { key: old } })).toBeNull();
    expect(await t.db.jobLease.findUniqueOrThrow({ where: { name: 'housekeeping.purge-expired' } })).toMatchObject({
      lastError: null,
    });
  });
});
