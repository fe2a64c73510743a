// The review lease a decision ends, checked by the transition's own update: a lease that lapsed or went to another
// reviewer after the decision read the filing moves nothing and writes no event or audit row; a stale version is
// told apart from a lost lease; a held lease moves the filing and is given up in the same write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilingTransitions } from '../../src/modules/filings/filing-transitions.ts';
import { createFilingsRepository } from '../../src/modules/filings/filings.repository.ts';
import { filingRow } from '../helpers/filing-rows.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
const later = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000);
let t: TestApp;
let applicantId: string;
let reviewerId: string;
let otherReviewerId: string;

let serial = 0;
/** A filing in initial review whose lease `holderId` holds until `expiresAt`. */
async function claimedFiling(holderId: string, expiresAt: Date) {
  serial += 1;
  const orderNo = `BA20261130${String(70000 + serial).padStart(5, '0')}`;
  const row = filingRow({ orderNo, accountId: applicantId, status: 'INITIAL_REVIEW', submittedAt: clock.now() });
  return t.db.filing.create({ data: { ...row, claimedById: holderId, claimExpiresAt: expiresAt } });
}

const lostLease = () => new Error('LEASE_LOST');

async function approve(filing: Awaited<ReturnType<typeof claimedFiling>>) {
  const applyTransition = createFilingTransitions({ db: t.db, repo: createFilingsRepository(t.db), clock });
  return applyTransition({
    row: filing,
    event: 'approve',
    actor: { role: 'REVIEWER', id: reviewerId },
    payload: { version: filing.version },
    lease: { holderId: reviewerId, liveAt: clock.now(), lost: lostLease },
  });
}

const writtenFor = async (filingId: string) => ({
  events: await t.db.filingEvent.count({ where: { filingId } }),
  audit: await t.db.auditLog.count({ where: { filingId } }),
});

beforeAll(async () => {
  t = await createTestApp({ clock });
  applicantId = (await signedInClient(t.app, t.db, 'APPLICANT')).account.id;
  reviewerId = (await signedInClient(t.app, t.db, 'REVIEWER')).account.id;
  otherReviewerId = (await signedInClient(t.app, t.db, 'REVIEWER')).account.id;
});
afterAll(() => t.close());

describe('a decision under a review lease', () => {
  it('moves the filing, writes its event and audit row, and gives the lease up in the same write', async () => {
    const filing = await claimedFiling(reviewerId, later(10));
    expect(await approve(filing)).toBe('PHOTO_PENDING');
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(row).toMatchObject({
      status: 'PHOTO_PENDING',
      version: filing.version + 1,
      claimedById: null,
      claimExpiresAt: null,
    });
    expect(await writtenFor(filing.id)).toEqual({ events: 1, audit: 1 });
  });

  it('moves nothing when the lease lapsed or another reviewer holds it', async () => {
    for (const filing of [
      await claimedFiling(reviewerId, later(-1)),
      await claimedFiling(otherReviewerId, later(10)),
    ]) {
      await expect(approve(filing)).rejects.toThrow('LEASE_LOST');
      const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
      expect(row).toMatchObject({ status: 'INITIAL_REVIEW', version: filing.version, claimedById: filing.claimedById });
      expect(await writtenFor(filing.id)).toEqual({ events: 0, audit: 0 });
    }
  });

  it('answers a stale version as such, before the lease', async () => {
    const filing = await claimedFiling(reviewerId, later(10));
    await t.db.filing.update({ where: { id: filing.id }, data: { version: { increment: 1 } } });
    await expect(approve(filing)).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await writtenFor(filing.id)).toEqual({ events: 0, audit: 0 });
  });
});
