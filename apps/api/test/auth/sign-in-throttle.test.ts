// The sign-in throttle against real PostgreSQL: counts that hold under parallel tries, a wait that grows per account
// and per IP without ever locking an IP hard, and known devices that let their owner in while the account is slowed
// (counted on their own, so a stolen device cookie is slowed too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, signedInClient, TEST_PASSWORD } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: TestApp;
let free: number;
let ipFree: number;

beforeAll(async () => {
  t = await createTestApp({ clock });
  free = t.config.LOGIN_FREE_FAILURES;
  ipFree = t.config.LOGIN_IP_FREE_FAILURES;
});
afterAll(() => t.close());

let ipCounter = 0;
/** A client on an address no other test uses, so only the keys a test means to trip are tripped. */
const freshIp = () => {
  ipCounter += 1;
  return `10.${Math.floor(ipCounter / 250)}.${ipCounter % 250}.1`;
};
const from = (remoteAddress = freshIp()) => createClient(t.app, { remoteAddress });
/** How many answers had each status, e.g. { 401: 5, 429: 35 }. */
function statuses(responses: { statusCode: number }[]): Record<number, number> {
  const count: Record<number, number> = {};
  for (const r of responses) count[r.statusCode] = (count[r.statusCode] ?? 0) + 1;
  return count;
}

async function failTimes(email: string, n: number, remoteAddress?: string) {
  for (let i = 0; i < n; i++) expect((await from(remoteAddress).login(email, 'wrong-password')).statusCode).toBe(401);
}

describe('tries in parallel', () => {
  it('lets at most the free failures through for 40 parallel wrong passwords; the rest wait', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const results = await Promise.all(Array.from({ length: 40 }, () => from().login(account.email, 'wrong-password')));
    expect(statuses(results)).toEqual({ 401: free, 429: 40 - free });
    const waited = results.find((r) => r.statusCode === 429);
    expect(waited?.json().code).toBe('RATE_LIMITED');
    expect(Number(waited?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not let the right password in among 100 parallel tries once the limit is reached', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    await failTimes(account.email, free);
    const tries = Array.from({ length: 100 }, (_, i) =>
      from().login(account.email, i % 10 === 5 ? TEST_PASSWORD : 'wrong-password'),
    );
    expect(statuses(await Promise.all(tries))).toEqual({ 429: 100 });
  });

  it('checks the password of at most the free tries in a parallel burst that holds the right one', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const tries = Array.from({ length: 100 }, (_, i) =>
      from().login(account.email, i === 99 ? TEST_PASSWORD : 'wrong-password'),
    );
    const count = statuses(await Promise.all(tries));
    expect((count[401] ?? 0) + (count[200] ?? 0)).toBeLessThanOrEqual(free);
    expect(count[429]).toBeGreaterThanOrEqual(100 - free);
  });
});

describe('the wait per account', () => {
  it('doubles with each failure after the free ones, up to the cap, and says how long in the answer', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    await failTimes(account.email, free);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const refused = await from().login(account.email, TEST_PASSWORD);
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      expect(refused.json().detail).toContain(`${wait} second`);
      waits.push(wait);
      // One second short is still too early, even for the right password.
      clock.advance((wait - 1) * 1000);
      expect((await from().login(account.email, TEST_PASSWORD)).statusCode).toBe(429);
      clock.advance(1000);
      expect((await from().login(account.email, 'wrong-password')).statusCode).toBe(401);
    }
    const cap = t.config.LOGIN_MAX_DELAY_SECONDS;
    expect(waits).toEqual([5, 10, 20, 40, 80, cap, cap]);
  });

  it('lets the owner in once the wait is over, and a success starts the count over', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    await failTimes(account.email, free);
    const refused = await from().login(account.email, TEST_PASSWORD);
    clock.advance(Number(refused.headers['retry-after']) * 1000);
    expect((await from().login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
    // Free tries again, as many as at first.
    await failTimes(account.email, free);
    expect((await from().login(account.email, TEST_PASSWORD)).statusCode).toBe(429);
  });

  it('starts the count over when the window has passed', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    await failTimes(account.email, free);
    expect((await from().login(account.email, 'wrong-password')).statusCode).toBe(429);
    clock.advance(t.config.LOGIN_WINDOW_MINUTES * 60_000);
    await failTimes(account.email, free);
  });

  it('does not keep a wait from a clock that ran ahead and was set back', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    clock.advance(24 * 3_600_000);
    await failTimes(account.email, free);
    expect((await from().login(account.email, TEST_PASSWORD)).statusCode).toBe(429);
    clock.advance(-24 * 3_600_000);
    expect((await from().login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('slows an unknown address like a known one', async () => {
    await failTimes('nobody-at-all@example.com', free);
    const refused = await from().login('nobody-at-all@example.com', 'wrong-password');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(5);
  });
});

describe('the wait per IP', () => {
  it('grows for an address that tries many accounts, never past its short cap, and lets another account in after it', async () => {
    const office = freshIp();
    for (let i = 0; i < ipFree; i++) {
      expect((await from(office).login(`guess-${i}@example.com`, 'wrong-password')).statusCode).toBe(401);
    }
    const colleague = await signedInClient(t.app, t.db, 'APPLICANT');
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const refused = await from(office).login(colleague.account.email, TEST_PASSWORD);
      expect(refused.statusCode).toBe(429);
      waits.push(Number(refused.headers['retry-after']));
      clock.advance(waits[i]! * 1000);
      expect((await from(office).login(`guess-more-${i}@example.com`, 'wrong-password')).statusCode).toBe(401);
    }
    const cap = t.config.LOGIN_IP_MAX_DELAY_SECONDS;
    expect(waits).toEqual([5, 10, 20, cap, cap]);
    // Elsewhere the colleague is not slowed at all; behind the office address, after the short wait.
    expect((await from().login(colleague.account.email, TEST_PASSWORD)).statusCode).toBe(200);
    const refused = await from(office).login(colleague.account.email, TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    clock.advance(Number(refused.headers['retry-after']) * 1000);
    expect((await from(office).login(colleague.account.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts an IPv6 subscriber by its /64', async () => {
    for (let i = 0; i < ipFree; i++) {
      const res = await from(`2001:db8:7:1::${(i + 1).toString(16)}`).login(`v6-${i}@example.com`, 'wrong-password');
      expect(res.statusCode).toBe(401);
    }
    expect((await from('2001:db8:7:1:ffff::9').login('v6-next@example.com', 'wrong-password')).statusCode).toBe(429);
    expect((await from('2001:db8:7:2::1').login('v6-next@example.com', 'wrong-password')).statusCode).toBe(401);
  });
});

describe('known devices', () => {
  it('let the owner in at once while the account is being slowed, even behind a slowed IP', async () => {
    const owner = await signedInClient(t.app, t.db, 'APPLICANT');
    const device = owner.client.cookies.get('beian_device');
    expect(device).toBeTruthy();
    expect((await owner.client.post('/api/auth/logout')).statusCode).toBe(204);

    await failTimes(owner.account.email, free);
    expect((await from().login(owner.account.email, TEST_PASSWORD)).statusCode).toBe(429);
    const home = freshIp();
    for (let i = 0; i < ipFree; i++) await from(home).login(`spray-${i}@example.com`, 'wrong-password');
    expect((await from(home).login(owner.account.email, TEST_PASSWORD)).statusCode).toBe(429);

    const returning = from(home);
    returning.cookies.set('beian_device', device!);
    expect((await returning.login(owner.account.email, TEST_PASSWORD)).statusCode).toBe(200);
    // The attacker's count on the account stays: a browser without the device cookie still waits.
    expect((await from().login(owner.account.email, TEST_PASSWORD)).statusCode).toBe(429);
  });

  it('are slowed on their own, so a stolen device cookie cannot guess at speed', async () => {
    const owner = await signedInClient(t.app, t.db, 'APPLICANT');
    const stolen = owner.client.cookies.get('beian_device')!;
    const thief = () => {
      const client = from();
      client.cookies.set('beian_device', stolen);
      return client;
    };
    for (let i = 0; i < free; i++) expect((await thief().login(owner.account.email, 'guess')).statusCode).toBe(401);
    const refused = await thief().login(owner.account.email, TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(5);
    // The device's failures did not slow the account for its other browsers.
    expect((await from().login(owner.account.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('are known for their own account only', async () => {
    const one = await signedInClient(t.app, t.db, 'APPLICANT');
    const other = await signedInClient(t.app, t.db, 'APPLICANT');
    await failTimes(other.account.email, free);
    const borrowed = from();
    borrowed.cookies.set('beian_device', one.client.cookies.get('beian_device')!);
    expect((await borrowed.login(other.account.email, TEST_PASSWORD)).statusCode).toBe(429);
  });
});
