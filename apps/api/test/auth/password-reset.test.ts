// A forgotten password: the same answer for any address, a one-time emailed link that expires after an hour and is
// replaced by a newer one, and a new password that ends every session of the account, is told by email and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD_RESET_EMAILS_PER_HOUR,
  PASSWORD_RESET_TTL_MS,
} from '../../src/modules/auth/password-reset.service.ts';
import { createClient, signedInClient, TEST_PASSWORD } from '../helpers/http-client.ts';
import { mailsTo } from '../helpers/registration.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

// The routes allow 20 tries an hour per IP; each browser here comes from an address of its own.
let ips = 0;
const browser = () => {
  ips += 1;
  return createClient(t.app, { remoteAddress: `10.40.0.${ips}` });
};
const NEW_PASSWORD = 'a-brand-new-secret-7';

const resetToken = (body: string) => {
  const token = /\/reset-password#token=([\w-]{43})/.exec(body)?.[1];
  if (!token) throw new Error(`no reset link in:\n${body}`);
  return token;
};
const resetMails = async (to: string) =>
  (await mailsTo(t.app, t.db, to)).filter((m) => m.subject === '重置您的备案控制台密码');

/** Asks for a link a second after the last step, so that emails sort by time (their ids are random). */
async function askFor(email: string) {
  clock.advance(1000);
  const res = await browser().post('/api/auth/password-reset', { email });
  expect(res.statusCode).toBe(202);
  return res;
}

describe('asking for a link', () => {
  it('answers the same for an address with and without an account, and mails only the account', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const known = await askFor(account.email);
    const unknown = await askFor('nobody-here@example.com');
    expect(known.json()).toEqual({ email: account.email });
    expect(unknown.json()).toEqual({ email: 'nobody-here@example.com' });
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort());

    const [mail] = await resetMails(account.email);
    expect(mail?.body).toMatch(/http:\/\/127\.0\.0\.1:\d+\/reset-password#token=[\w-]{43}/);
    expect(mail?.body).toContain('2026-11-30 11:00（北京时间）');
    expect(await mailsTo(t.app, t.db, 'nobody-here@example.com')).toEqual([]);
  });

  it('sends nothing to a disabled account', async () => {
    const { account } = await signedInClient(t.app, t.db, 'REVIEWER');
    await t.db.account.update({ where: { id: account.id }, data: { active: false } });
    await askFor(account.email);
    expect(await resetMails(account.email)).toEqual([]);
  });

  it(`sends at most ${PASSWORD_RESET_EMAILS_PER_HOUR} emails an hour to one account`, async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    for (let i = 0; i < PASSWORD_RESET_EMAILS_PER_HOUR + 2; i++) await askFor(account.email);
    expect(await resetMails(account.email)).toHaveLength(PASSWORD_RESET_EMAILS_PER_HOUR);
  });

  it("never shows in the simulated mailbox that registering someone else's address opens", async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const stranger = browser();
    await stranger.post('/api/auth/register', {
      email: account.email,
      password: 'a-long-password-1',
      displayName: 'x',
    });
    await stranger.post('/api/auth/password-reset', { email: account.email });
    expect(await resetMails(account.email)).toHaveLength(1);
    const box = await stranger.get('/api/auth/simulated-mailbox');
    expect(box.statusCode).toBe(200);
    expect(box.json().messages.map((m: { subject: string }) => m.subject)).toEqual([
      '有人尝试用您的邮箱注册备案控制台',
    ]);
  });

  it('is rate-limited per address like the other auth routes', async () => {
    const client = browser();
    let last = 0;
    for (let i = 0; i < 21; i++) {
      last = (await client.post('/api/auth/password-reset', { email: `x${i}@example.com` })).statusCode;
    }
    expect(last).toBe(429);
  });
});

describe('the link', () => {
  it('sets the password once, signs the account out everywhere, mails the owner and is audited', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const other = createClient(t.app);
    expect((await other.login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await t.db.knownDevice.count({ where: { accountId: account.id } })).toBeGreaterThan(0);

    await askFor(account.email);
    const token = resetToken((await resetMails(account.email)).at(-1)?.body ?? '');
    clock.advance(1000);
    const done = await browser().post('/api/auth/password-reset/complete', { token, password: NEW_PASSWORD });
    expect(done.statusCode).toBe(204);

    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect(await t.db.knownDevice.count({ where: { accountId: account.id } })).toBe(0);
    expect((await browser().login(account.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await browser().login(account.email, NEW_PASSWORD)).statusCode).toBe(200);
    const mails = await mailsTo(t.app, t.db, account.email);
    expect(mails.at(-1)?.subject).toBe('您的备案控制台密码已修改');
    const [entry] = await t.db.auditLog.findMany({ where: { action: 'account.passwordReset', targetId: account.id } });
    expect(entry).toMatchObject({ actorId: account.id, targetType: 'account', detail: { endedSessions: 2 } });

    const twice = await browser().post('/api/auth/password-reset/complete', { token, password: 'yet-another-one-8' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().code).toBe('PASSWORD_RESET_LINK_INVALID');
  });

  it('expires after an hour, and a newer link ends the older one, answered like an unknown one', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    await askFor(account.email);
    const older = resetToken((await resetMails(account.email)).at(-1)?.body ?? '');
    await askFor(account.email);
    const newer = resetToken((await resetMails(account.email)).at(-1)?.body ?? '');
    expect(newer).not.toBe(older);

    const complete = (token: string) =>
      browser().post('/api/auth/password-reset/complete', { token, password: NEW_PASSWORD });
    const replaced = await complete(older);
    const unknown = await complete('A'.repeat(43));
    clock.advance(PASSWORD_RESET_TTL_MS);
    const expired = await complete(newer);
    clock.advance(-PASSWORD_RESET_TTL_MS);
    for (const res of [replaced, unknown, expired]) {
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('PASSWORD_RESET_LINK_INVALID');
    }
    expect(replaced.json().detail).toBe(expired.json().detail);
    // Still usable a moment before the hour is over.
    clock.advance(PASSWORD_RESET_TTL_MS - 1000);
    expect((await complete(newer)).statusCode).toBe(204);
    clock.advance(-(PASSWORD_RESET_TTL_MS - 1000));
  });

  it('keeps to the password policy and leaves the link usable after a refused password', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    await askFor(account.email);
    const token = resetToken((await resetMails(account.email)).at(-1)?.body ?? '');
    const weak = await browser().post('/api/auth/password-reset/complete', { token, password: account.email });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('PASSWORD_IS_EMAIL');
    const common = await browser().post('/api/auth/password-reset/complete', { token, password: 'password123' });
    expect(common.json().code).toBe('PASSWORD_COMMON');
    expect(
      (await browser().post('/api/auth/password-reset/complete', { token, password: NEW_PASSWORD })).statusCode,
    ).toBe(204);
  });
});
