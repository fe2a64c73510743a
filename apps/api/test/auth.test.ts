// Sign-up, sign-in, sessions, CSRF and the sign-in rate limit, through the real app and database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, signedInClient, TEST_PASSWORD } from './helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

describe('register → login → me → logout', () => {
  it('walks the whole session life cycle', async () => {
    const c = createClient(t.app);
    const reg = await c.post('/api/auth/register', {
      email: '  New.Applicant@Example.com ',
      password: 'a-long-password-1',
      displayName: '张三',
    });
    expect(reg.statusCode).toBe(201);
    expect(reg.json().account).toMatchObject({
      email: 'new.applicant@example.com',
      role: 'APPLICANT',
      locale: 'zh-CN',
    });

    const fresh = createClient(t.app);
    expect((await fresh.get('/api/auth/me')).statusCode).toBe(401);
    expect((await fresh.login('new.applicant@example.com', 'a-long-password-1')).statusCode).toBe(200);
    const me = await fresh.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().account.displayName).toBe('张三');

    const cookie = fresh.cookies.get('beian_session');
    expect(cookie).toBeTruthy();
    const stored = await t.db.session.findMany();
    expect(stored.some((s) => s.tokenHash === cookie)).toBe(false);

    expect((await fresh.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await fresh.get('/api/auth/me')).statusCode).toBe(401);
    // The old cookie is dead on the server too, not only removed from the browser.
    const replay = createClient(t.app);
    replay.cookies.set('beian_session', cookie!);
    expect((await replay.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const res = await createClient(t.app).login(account.email, TEST_PASSWORD);
    const cookie = (res.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[]).find(
      (c) => c.name === 'beian_session',
    );
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('refuses a second account with the same email', async () => {
    const body = { email: 'twice@example.com', password: 'a-long-password-1', displayName: 'Twice' };
    expect((await createClient(t.app).post('/api/auth/register', body)).statusCode).toBe(201);
    const again = await createClient(t.app).post('/api/auth/register', { ...body, email: 'TWICE@example.com' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'EMAIL_TAKEN', errors: [{ path: 'email' }] });
  });

  it('ends a session when it expires', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    clock.advance((t.config.SESSION_TTL_HOURS + 1) * 3_600_000);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('remembers the interface language of the account', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await client.put('/api/auth/locale', { locale: 'en-US' })).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).json().account.locale).toBe('en-US');
  });
});

describe('wrong credentials', () => {
  it('gives one answer for a wrong password and an unknown account', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const wrong = await createClient(t.app).login(account.email, 'not-the-password');
    const unknown = await createClient(t.app).login('nobody-here@example.com', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });
});

describe('sign-in rate limit', () => {
  it('locks an account after 10 failures in 15 minutes, with Retry-After, even for the right password', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    for (let i = 0; i < 10; i++) {
      // Different IPs: the account's own count must trip the limit.
      const res = await createClient(t.app, { remoteAddress: `10.0.1.${i + 1}` }).login(account.email, 'wrong-pass');
      expect(res.statusCode).toBe(401);
    }
    const locked = await createClient(t.app, { remoteAddress: '10.0.1.99' }).login(account.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('RATE_LIMITED');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    clock.advance(retryAfter * 1000);
    expect(
      (await createClient(t.app, { remoteAddress: '10.0.1.99' }).login(account.email, TEST_PASSWORD)).statusCode,
    ).toBe(200);
  });

  it('limits one IP trying many accounts', async () => {
    const ip = '10.0.2.7';
    for (let i = 0; i < 10; i++) {
      const res = await createClient(t.app, { remoteAddress: ip }).login(`guess-${i}@example.com`, 'wrong-pass');
      expect(res.statusCode).toBe(401);
    }
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const blocked = await createClient(t.app, { remoteAddress: ip }).login(account.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await createClient(t.app, { remoteAddress: '10.0.2.8' }).login(account.email, TEST_PASSWORD);
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const res = await client.post('/api/auth/logout', undefined, { headers: { 'x-csrf-token': '' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    // The session survived the refused request.
    expect((await client.get('/api/auth/me')).json().account.id).toBe(account.id);
  });

  it('refuses a forged token and a sign-in without one', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    const forged = await client.put('/api/auth/locale', { locale: 'en-US' }, { headers: { 'x-csrf-token': 'forged' } });
    expect(forged.statusCode).toBe(403);
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.cn', password: 'x' },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().code).toBe('CSRF_INVALID');
  });
});
