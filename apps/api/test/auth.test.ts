// Sessions and CSRF through the real app and database: the whole life of a session from registration to sign-out,
// its cookies, expiry and language, the one answer to a wrong password, and CSRF tokens bound to the session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, signedInClient, TEST_PASSWORD } from './helpers/http-client.ts';
import { registerAndConfirm } from './helpers/registration.ts';
import { createTestApp, manualClock, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

type SetCookie = { name: string; value: string; httpOnly?: boolean; sameSite?: string; path?: string; maxAge?: number };
const cookieOf = (res: { cookies: unknown }, name: string) => (res.cookies as SetCookie[]).find((c) => c.name === name);

describe('register → confirm → sign in → me → sign out', () => {
  it('walks the whole session life cycle', async () => {
    const { client: first, account } = await registerAndConfirm(t.app, t.db, {
      email: '  New.Applicant@Example.com ',
      password: 'a-long-password-1',
      displayName: '张三',
    });
    expect(account).toMatchObject({ email: 'new.applicant@example.com', role: 'APPLICANT', locale: 'zh-CN' });
    // The link signed the registering browser in.
    expect((await first.get('/api/auth/me')).json().account.displayName).toBe('张三');

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
    // The first browser is still signed in.
    expect((await first.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('answers the session check with the account, or with 204 and no body when no one is signed in', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const signedIn = await client.get('/api/auth/session');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().account).toMatchObject({ id: account.id, email: account.email, role: 'APPLICANT' });

    const visitor = await createClient(t.app).get('/api/auth/session');
    expect(visitor.statusCode).toBe(204);
    expect(visitor.body).toBe('');
    expect(visitor.cookies).toEqual([]);

    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/session')).statusCode).toBe(204);
  });

  it('sets an httpOnly SameSite session cookie and a long-lived device cookie for the auth endpoints only', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const res = await createClient(t.app).login(account.email, TEST_PASSWORD);
    expect(cookieOf(res, 'beian_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const device = cookieOf(res, 'beian_device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth' });
    expect(device?.maxAge).toBeGreaterThanOrEqual(90 * 86_400);
    // Only the device's hash is stored.
    const devices = await t.db.knownDevice.findMany({ where: { accountId: account.id } });
    expect(devices).toHaveLength(2);
    expect(devices.some((d) => d.tokenHash === device?.value)).toBe(false);
  });

  it('ends the browser’s previous session when it signs in again', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const before = client.cookies.get('beian_session');
    expect((await client.login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(client.cookies.get('beian_session')).not.toBe(before);
    expect(await t.db.session.count({ where: { accountId: account.id } })).toBe(1);
    const old = createClient(t.app);
    old.cookies.set('beian_session', before!);
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
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
    const wrong = await createClient(t.app, { remoteAddress: '10.9.0.1' }).login(account.email, 'not-the-password');
    const unknown = await createClient(t.app, { remoteAddress: '10.9.0.2' }).login(
      'nobody-here@example.com',
      'not-the-password',
    );
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
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

  it('refuses the token from before sign-in once signed in, and accepts the session’s new one', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const client = createClient(t.app);
    const anonymous = await client.fetchCsrf();
    expect((await client.login(account.email, TEST_PASSWORD)).statusCode).toBe(200);

    const stale = await client.put('/api/auth/locale', { locale: 'en-US' }, { headers: { 'x-csrf-token': anonymous } });
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('CSRF_INVALID');
    const fresh = await client.fetchCsrf();
    expect(fresh).not.toBe(anonymous);
    expect((await client.put('/api/auth/locale', { locale: 'en-US' })).statusCode).toBe(204);
  });

  it('refuses the token of one session in another, and a signed-out session’s token afterwards', async () => {
    const a = await signedInClient(t.app, t.db, 'APPLICANT');
    const b = await signedInClient(t.app, t.db, 'APPLICANT');
    const tokenOfA = await a.client.fetchCsrf();
    const crossed = await b.client.put(
      '/api/auth/locale',
      { locale: 'en-US' },
      { headers: { 'x-csrf-token': tokenOfA } },
    );
    expect(crossed.statusCode).toBe(403);
    expect((await b.client.get('/api/auth/me')).json().account.locale).toBe('zh-CN');

    // The same account in a second browser: still another session, still another token.
    const second = createClient(t.app);
    expect((await second.login(a.account.email, TEST_PASSWORD)).statusCode).toBe(200);
    const sameAccount = await second.put(
      '/api/auth/locale',
      { locale: 'en-US' },
      { headers: { 'x-csrf-token': tokenOfA } },
    );
    expect(sameAccount.statusCode).toBe(403);

    expect((await a.client.post('/api/auth/logout')).statusCode).toBe(204);
    const afterSignOut = await a.client.post(
      '/api/auth/login',
      { email: a.account.email, password: TEST_PASSWORD },
      {
        headers: { 'x-csrf-token': tokenOfA },
      },
    );
    expect(afterSignOut.statusCode).toBe(403);
  });
});
