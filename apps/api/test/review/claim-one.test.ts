// POST /api/review/filings/:id/claim: a reviewer who opened a filing from the queue claims that one, under
// claim-next's rules: a free or lapsed filing is taken, the reviewer's own claim is renewed, and one another reviewer
// holds is refused, never taken over.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { minutes, waitingFilings } from './review-fixtures.ts';

const start = new Date('2026-11-30T02:00:00Z');
const clock = manualClock(start);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.filing.updateMany({ where: { status: 'INITIAL_REVIEW' }, data: { status: 'ABANDONED' } });
});

const claimUrl = (id: string | undefined) => `/api/review/filings/${id}/claim`;

describe('POST /api/review/filings/:id/claim', () => {
  it('claims a free filing for 30 minutes, renews the holder’s own claim, and refuses another reviewer (409)', async () => {
    const [filing, other] = await waitingFilings(t, [
      { slaDueAt: new Date(start.getTime() + minutes(60)) },
      { slaDueAt: new Date(start.getTime() - minutes(5)) },
    ]);
    const first = await signedInClient(t.app, t.db, 'REVIEWER');
    const second = await signedInClient(t.app, t.db, 'REVIEWER');

    // Not the most urgent one: the one asked for.
    const claimed = await first.client.post(claimUrl(filing?.id));
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect(claimed.json()).toEqual({
      filingId: filing?.id,
      claimedBy: { id: first.account.id, displayName: first.account.displayName },
      expiresAt: new Date(start.getTime() + minutes(30)).toISOString(),
    });
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing?.id } });
    expect(row.claimedById).toBe(first.account.id);
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: other?.id } })).claimedById).toBeNull();

    const refused = await second.client.post(claimUrl(filing?.id));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CLAIMED_BY_ANOTHER');
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filing?.id } })).claimedById).toBe(first.account.id);

    clock.advance(minutes(10));
    const again = await first.client.post(claimUrl(filing?.id));
    expect(again.statusCode).toBe(200);
    expect(again.json().expiresAt).toBe(new Date(clock.now().getTime() + minutes(30)).toISOString());

    // Once the lease lapses the filing is free again.
    clock.advance(minutes(31));
    const taken = await second.client.post(claimUrl(filing?.id));
    expect(taken.statusCode).toBe(200);
    expect(taken.json().claimedBy.id).toBe(second.account.id);
    expect((await first.client.post(`/api/review/filings/${filing?.id}/lease`)).json().code).toBe('LEASE_NOT_HELD');
  });

  it('is for reviewers and admins only, and refuses a filing that is not waiting for review', async () => {
    const [filing] = await waitingFilings(t, [{ slaDueAt: start }]);
    for (const role of ['APPLICANT', 'OPERATOR'] as const) {
      const { client } = await signedInClient(t.app, t.db, role);
      expect((await client.post(claimUrl(filing?.id))).statusCode).toBe(403);
    }
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    expect((await admin.client.post(claimUrl(filing?.id))).statusCode).toBe(200);

    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const missing = await reviewer.client.post(claimUrl('7d1c6a52-4f7e-4a53-9a55-0c3f5f1f0a11'));
    expect(missing.statusCode).toBe(404);

    // Rejected and back with the applicant: staff may read it, but there is nothing to claim.
    const [rejected] = await waitingFilings(t, [{ slaDueAt: start, status: 'INITIAL_REJECTED' }]);
    const notWaiting = await reviewer.client.post(claimUrl(rejected?.id));
    expect(notWaiting.statusCode).toBe(409);
    expect(notWaiting.json().code).toBe('ILLEGAL_TRANSITION');
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: rejected?.id } })).claimedById).toBeNull();
  });
});
