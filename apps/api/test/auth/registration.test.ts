// Registration that tells nobody whether an address has an account: the same answer for a new and a taken address,
// the right email to each, no sign-in before the emailed link is opened, a link that works once, and the simulated
// mailbox that only exists, for the registering browser only, while the mail simulator stands in for a mail server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRATION_EMAILS_PER_HOUR, VERIFICATION_TTL_MS } from '../../src/modules/auth/registration.service.ts';
import { createClient, signedInClient, TEST_PASSWORD } from '../helpers/http-client.ts';
import { linkToken, mailsTo, registerAndConfirm } from '../helpers/registration.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

let counter = 0;
const newAddress = () => {
  counter += 1;
  return `new-${counter}@example.com`;
};
// Registration allows 20 tries an hour per IP; each browser here comes from an address of its own.
let ips = 0;
const browser = () => {
  ips += 1;
  return createClient(t.app, { remoteAddress: `10.30.${Math.floor(ips / 200)}.${(ips % 200) + 1}` });
};
const form = (email: string, password = 'a-long-password-1') => ({ email, password, displayName: '李四' });
const mails = (to: string) => mailsTo(t.app, t.db, to);
const cookieNames = (res: { cookies: unknown }) => (res.cookies as { name: string }[]).map((c) => c.name).sort();

describe('the answer', () => {
  it('is the same for a new address and one that has an account, and each gets the right email', async () => {
    const { account: owner } = await signedInClient(t.app, t.db, 'APPLICANT');
    const fresh = newAddress();
    const forNew = await browser().post('/api/auth/register', form(fresh));
    const forTaken = await browser().post('/api/auth/register', form(owner.email, 'another-password-2'));

    expect(forNew.statusCode).toBe(202);
    expect(forTaken.statusCode).toBe(forNew.statusCode);
    expect(forNew.json()).toEqual({ email: fresh, simulatedMailbox: true });
    expect(forTaken.json()).toEqual({ email: owner.email, simulatedMailbox: true });
    expect(cookieNames(forTaken)).toEqual(cookieNames(forNew));
    expect(forNew.headers['content-type']).toBe(forTaken.headers['content-type']);

    const [confirm] = await mails(fresh);
    expect(confirm?.subject).toBe('请确认邮箱，完成备案控制台注册');
    expect(confirm?.body).toMatch(/http:\/\/127\.0\.0\.1:\d+\/verify-email#token=[\w-]{43}/);
    expect(confirm?.body).toContain('2026-12-01 10:00（北京时间）');
    const [notice] = await mails(owner.email);
    expect(notice?.subject).toBe('有人尝试用您的邮箱注册备案控制台');
    expect(notice?.body).toContain('/login');
    expect(notice?.body).not.toContain('verify-email');

    // The owner's account is untouched: the old password still signs in, the stranger's does not.
    expect((await browser().login(owner.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await browser().login(owner.email, 'another-password-2')).statusCode).toBe(401);
  });

  it('takes about as long for a taken address as for a new one', async () => {
    const { account: owner } = await signedInClient(t.app, t.db, 'APPLICANT');
    const time = async (email: string) => {
      const client = browser();
      await client.fetchCsrf();
      const started = performance.now();
      expect((await client.post('/api/auth/register', form(email))).statusCode).toBe(202);
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const taken: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 5; i++) {
      taken.push(await time(owner.email));
      fresh.push(await time(newAddress()));
    }
    // Both hash the password, which dwarfs the rest; skipping the hash for a taken address would be ~20 times faster.
    expect(median(taken) / median(fresh)).toBeGreaterThan(1 / 3);
    expect(median(taken) / median(fresh)).toBeLessThan(3);
  });

  it('writes the email in English when the registration asks for it', async () => {
    const email = newAddress();
    await browser().post('/api/auth/register', { ...form(email), locale: 'en-US' });
    const [mail] = await mails(email);
    expect(mail?.subject).toBe('Confirm your email to finish signing up for Beian Console');
    expect(mail?.body).toContain('(Beijing time)');
  });

  it('sends an address at most a few registration emails an hour, and answers alike past that', async () => {
    const email = newAddress();
    for (let i = 0; i < REGISTRATION_EMAILS_PER_HOUR + 2; i++) {
      expect((await browser().post('/api/auth/register', form(email))).statusCode).toBe(202);
    }
    expect(await mails(email)).toHaveLength(REGISTRATION_EMAILS_PER_HOUR);
    // An hour after them, the first emails no longer count.
    clock.advance(3_600_000 + 1000);
    await browser().post('/api/auth/register', form(email));
    expect(await mails(email)).toHaveLength(REGISTRATION_EMAILS_PER_HOUR + 1);
  });
});

describe('before the link is opened', () => {
  it('the account cannot sign in, and the answer is the one a wrong password gets', async () => {
    const email = newAddress();
    await browser().post('/api/auth/register', form(email));
    const right = await createClient(t.app, { remoteAddress: '10.20.0.1' }).login(email, 'a-long-password-1');
    const wrong = await createClient(t.app, { remoteAddress: '10.20.0.2' }).login(email, 'not-the-password');
    expect(right.statusCode).toBe(401);
    expect(right.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: wrong.json().detail });
  });

  it('registering again replaces the pending password and name, and only the newest link works', async () => {
    const email = newAddress();
    await browser().post('/api/auth/register', form(email, 'first-password-1'));
    const [first] = await mails(email);
    await browser().post('/api/auth/register', { ...form(email, 'second-password-2'), displayName: '王五' });
    const second = (await mails(email)).find((m) => m.id !== first?.id);
    const client = browser();
    const old = await client.post('/api/auth/verify-email', { token: linkToken(first?.body ?? '') });
    expect(old.statusCode).toBe(400);
    expect(old.json().code).toBe('VERIFICATION_LINK_INVALID');
    const confirmed = await client.post('/api/auth/verify-email', { token: linkToken(second?.body ?? '') });
    expect(confirmed.json().account.displayName).toBe('王五');
    expect((await browser().login(email, 'first-password-1')).statusCode).toBe(401);
    expect((await browser().login(email, 'second-password-2')).statusCode).toBe(200);
  });
});

describe('the emailed link', () => {
  it('confirms the account and signs the browser in, once', async () => {
    const email = newAddress();
    const { client, account } = await registerAndConfirm(t.app, t.db, form(email), browser());
    expect(account).toMatchObject({ email, role: 'APPLICANT' });
    expect((await client.get('/api/auth/me')).json().account.id).toBe(account.id);
    expect(client.cookies.get('beian_device')).toBeTruthy();

    const [mail] = await mails(email);
    const again = await browser().post('/api/auth/verify-email', { token: linkToken(mail?.body ?? '') });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('VERIFICATION_LINK_INVALID');
    expect(again.cookies).toEqual([]);
    // Confirmed, the password signs in as well.
    expect((await browser().login(email, 'a-long-password-1')).statusCode).toBe(200);
  });

  it('confirms once even when opened twice at the same moment', async () => {
    const email = newAddress();
    await browser().post('/api/auth/register', form(email));
    const token = linkToken((await mails(email))[0]?.body ?? '');
    const [a, b] = await Promise.all([browser(), browser()].map((c) => c.post('/api/auth/verify-email', { token })));
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 400]);
  });

  it('expires after a day; registering again sends one that works', async () => {
    const email = newAddress();
    await browser().post('/api/auth/register', form(email));
    const [stale] = await mails(email);
    clock.advance(VERIFICATION_TTL_MS);
    const late = await browser().post('/api/auth/verify-email', { token: linkToken(stale?.body ?? '') });
    expect(late.json().code).toBe('VERIFICATION_LINK_INVALID');

    await browser().post('/api/auth/register', form(email));
    const fresh = (await mails(email)).at(-1);
    const ok = await browser().post('/api/auth/verify-email', { token: linkToken(fresh?.body ?? '') });
    expect(ok.statusCode).toBe(200);
  });

  it('keeps only the token’s hash in the database, and only the link’s id in the waiting email', async () => {
    const email = newAddress();
    const client = browser();
    await client.post('/api/auth/register', form(email));
    const account = await t.db.account.findUniqueOrThrow({ where: { email }, include: { verifications: true } });
    const [row] = await t.db.notification.findMany({ where: { accountId: account.id } });
    expect(row?.params).toEqual({
      verificationId: account.verifications[0]?.id,
      expiresAt: expect.any(String),
      locale: 'zh-CN',
    });
    const token = linkToken((await mails(email))[0]?.body ?? '');
    expect(account.verifications[0]?.tokenHash).not.toContain(token);
    expect(JSON.stringify(await t.db.notification.findMany({ where: { accountId: account.id } }))).not.toContain(token);
  });
});

describe('passwords at registration', () => {
  it.each([
    ['a common password', 'qwertyuiop', 'PASSWORD_COMMON'],
    ['a breached password, in any case', 'PassWord123', 'PASSWORD_COMMON'],
    ['a small change to a common password', 'P@ssw0rd2024!', 'PASSWORD_COMMON'],
    ['a common word and a year', 'Welcome@2024', 'PASSWORD_COMMON'],
    ['the email address', 'long.address.of.mine@example.com', 'PASSWORD_IS_EMAIL'],
    ['the part before the @', 'long.address.of.mine', 'PASSWORD_IS_EMAIL'],
  ])('refuses %s, naming why on the password field, and creates nothing', async (_what, password, code) => {
    const email = 'long.address.of.mine@example.com';
    const res = await browser().post('/api/auth/register', form(email, password));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code, errors: [{ path: 'password' }] });
    expect(await t.db.account.findUnique({ where: { email } })).toBeNull();
    expect(await mails(email)).toEqual([]);
  });
});

describe('the simulated mailbox', () => {
  it('shows the registering browser what was sent to its address, and nobody else anything', async () => {
    const email = newAddress();
    const registering = browser();
    await registering.post('/api/auth/register', form(email));
    const other = newAddress();
    await browser().post('/api/auth/register', form(other));
    await t.app.backgroundJobs.dispatchNotifications();

    const box = await registering.get('/api/auth/simulated-mailbox');
    expect(box.statusCode).toBe(200);
    expect(box.json()).toMatchObject({
      address: email,
      messages: [{ subject: '请确认邮箱，完成备案控制台注册', body: expect.stringContaining('#token=') }],
    });
    expect(box.json().messages).toHaveLength(1);
    expect((await browser().get('/api/auth/simulated-mailbox')).statusCode).toBe(404);

    const forged = browser();
    const receipt = registering.cookies.get('beian_sim_mailbox') ?? '';
    const [, issued, signature] = receipt.split('.');
    forged.cookies.set('beian_sim_mailbox', `${Buffer.from(other).toString('base64url')}.${issued}.${signature}`);
    expect((await forged.get('/api/auth/simulated-mailbox')).statusCode).toBe(404);

    clock.advance(3_600_001);
    expect((await registering.get('/api/auth/simulated-mailbox')).statusCode).toBe(404);
  });

  it('does not exist when a real mail server is configured', async () => {
    const withSmtp = await createTestApp({ clock, env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
    try {
      const registering = createClient(withSmtp.app);
      const res = await registering.post('/api/auth/register', form(newAddress()));
      expect(res.json().simulatedMailbox).toBe(false);
      expect(registering.cookies.has('beian_sim_mailbox')).toBe(false);
      expect((await registering.get('/api/auth/simulated-mailbox')).statusCode).toBe(404);
    } finally {
      await withSmtp.close();
    }
  });
});
