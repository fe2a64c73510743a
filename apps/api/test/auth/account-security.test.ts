// The account's own security settings: a password change needs the current password, refuses weak new ones, ends
// every other session but this one and tells the owner by email; the session list shows each signed-in browser,
// and one or all of the others can be signed out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SESSIONS_PER_ACCOUNT } from '../../src/modules/auth/session-opener.ts';
import { type Client, createClient, signedInClient, TEST_PASSWORD } from '../helpers/http-client.ts';
import { mailsTo } from '../helpers/registration.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const MINUTE = 60_000;
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** Another browser of the same account, signed in with the password. */
async function anotherBrowser(email: string, userAgent = FIREFOX, password = TEST_PASSWORD): Promise<Client> {
  const client = createClient(t.app);
  const res = await client.post('/api/auth/login', { email, password }, { headers: { 'user-agent': userAgent } });
  expect(res.statusCode).toBe(200);
  return client;
}

const signedIn = async (client: Client) => (await client.get('/api/auth/me')).statusCode === 200;

describe('changing the password', () => {
  it('needs the current password, ends every other session but this one, and emails the owner', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const laptop = await anotherBrowser(account.email);
    const phone = await anotherBrowser(account.email);

    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'not-it',
      newPassword: 'a-fresh-secret-7',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'CURRENT_PASSWORD_WRONG', errors: [{ path: 'currentPassword' }] });
    expect(await signedIn(laptop)).toBe(true);

    clock.advance(MINUTE);
    const changed = await client.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-fresh-secret-7',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ endedSessions: 2 });
    expect(await signedIn(client)).toBe(true);
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(phone)).toBe(false);
    expect((await createClient(t.app).login(account.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await createClient(t.app).login(account.email, 'a-fresh-secret-7')).statusCode).toBe(200);

    const [mail] = await mailsTo(t.app, t.db, account.email);
    expect(mail?.subject).toBe('您的备案控制台密码已修改');
    expect(mail?.body).toContain('2026-11-30 10:01（北京时间）');
  });

  it.each([
    ['a common password', 'ILoveYou123', 'PASSWORD_COMMON'],
    ['the email address', null, 'PASSWORD_IS_EMAIL'],
  ])('refuses %s as the new one, on the new-password field', async (_what, password, code) => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const newPassword = password ?? account.email.toUpperCase();
    const res = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code, errors: [{ path: 'newPassword' }] });
    expect((await createClient(t.app).login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('slows down guessing of the current password through an open session', async () => {
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    for (let i = 0; i < t.config.LOGIN_FREE_FAILURES; i++) {
      const res = await client.post('/api/auth/password', {
        currentPassword: `guess-${i}`,
        newPassword: 'a-fresh-secret-7',
      });
      expect(res.statusCode).toBe(400);
    }
    const slowed = await client.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-fresh-secret-7',
    });
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('5');
  });

  it('is for signed-in accounts only', async () => {
    const res = await createClient(t.app).post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-fresh-secret-7',
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('the session list', () => {
  it('shows each signed-in browser with its user agent and times, the asking one marked, newest activity first', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'REVIEWER');
    clock.advance(10 * MINUTE);
    await anotherBrowser(account.email);
    const other = await signedInClient(t.app, t.db, 'REVIEWER');

    const res = await client.get('/api/auth/sessions');
    expect(res.statusCode).toBe(200);
    const { sessions } = res.json();
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ userAgent: FIREFOX, current: false, createdAt: clock.now().toISOString() });
    expect(sessions[1]).toMatchObject({
      current: true,
      createdAt: new Date(clock.now().getTime() - 10 * MINUTE).toISOString(),
    });
    // Another account's sessions are not in it.
    const ids = sessions.map((s: { id: string }) => s.id);
    const others = await t.db.session.findMany({ where: { accountId: other.account.id } });
    expect(ids).not.toContain(others[0]?.id);
  });

  it('signs out one other browser, and answers an unknown or foreign session as missing', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const laptop = await anotherBrowser(account.email);
    const phone = await anotherBrowser(account.email);
    const { sessions } = (await laptop.get('/api/auth/sessions')).json();
    const laptopSession = sessions.find((s: { current: boolean }) => s.current).id;

    expect((await client.delete(`/api/auth/sessions/${laptopSession}`)).statusCode).toBe(204);
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(phone)).toBe(true);
    expect(await signedIn(client)).toBe(true);

    const stranger = await signedInClient(t.app, t.db, 'APPLICANT');
    const { sessions: mine } = (await phone.get('/api/auth/sessions')).json();
    const foreign = await stranger.client.delete(`/api/auth/sessions/${mine[0].id}`);
    expect(foreign.statusCode).toBe(404);
    expect(await signedIn(phone)).toBe(true);
    expect((await client.delete('/api/auth/sessions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('signs out all other browsers at once, keeping this one', async () => {
    const { client, account } = await signedInClient(t.app, t.db, 'ADMIN');
    const others = [await anotherBrowser(account.email), await anotherBrowser(account.email)];
    const res = await client.post('/api/auth/sessions/end-others');
    expect(res.json()).toEqual({ ended: 2 });
    for (const other of others) expect(await signedIn(other)).toBe(false);
    expect(await signedIn(client)).toBe(true);
    expect((await client.get('/api/auth/sessions')).json().sessions).toHaveLength(1);
  });

  it(`keeps at most ${MAX_SESSIONS_PER_ACCOUNT} browsers signed in, ending the one seen least recently`, async () => {
    const { client: oldest, account } = await signedInClient(t.app, t.db, 'OPERATOR');
    const browsers: Client[] = [];
    for (let i = 1; i < MAX_SESSIONS_PER_ACCOUNT; i++) {
      clock.advance(MINUTE);
      browsers.push(await anotherBrowser(account.email));
    }
    expect(await t.db.session.count({ where: { accountId: account.id } })).toBe(MAX_SESSIONS_PER_ACCOUNT);
    clock.advance(MINUTE);
    await anotherBrowser(account.email);
    expect(await signedIn(oldest)).toBe(false);
    expect(await signedIn(browsers[0]!)).toBe(true);
    // Using a browser counts as being seen: now the next one in line is the least recently seen.
    clock.advance(MINUTE);
    await anotherBrowser(account.email);
    expect(await signedIn(browsers[1]!)).toBe(false);
    expect(await signedIn(browsers[0]!)).toBe(true);
  });
});
