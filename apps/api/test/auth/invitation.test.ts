// Staff invitations: an admin invites by email, the link is emailed (and shown once), good for seven days and once;
// accepting it creates the account with the role (and an operator's photo point) and signs in. Revoked, used,
// expired and unknown links are answered alike; an address that has an account is refused plainly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITATION_TTL_MS } from '../../src/modules/accounts/invitations.service.ts';
import { createClient, signedInClient } from '../helpers/http-client.ts';
import { mailsTo } from '../helpers/registration.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { photoPointRow } from '../photo-point/operator-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInClient>>;

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await signedInClient(t.app, t.db, 'ADMIN');
  await t.db.account.update({ where: { id: admin.account.id }, data: { displayName: '张管理' } });
  // The app's session cache has heard of the new name before the next request (docs/decisions/042).
  await t.app.sessionCache.settle();
});
afterAll(() => t.close());

let counter = 0;
const newAddress = () => {
  counter += 1;
  return `staff-${counter}@example.com`;
};
let ips = 0;
const browser = () => {
  ips += 1;
  return createClient(t.app, { remoteAddress: `10.50.0.${ips}` });
};
const tokenOf = (link: string) => {
  const token = /\/invite#token=([\w-]{43})$/.exec(link)?.[1];
  if (!token) throw new Error(`not an invitation link: ${link}`);
  return token;
};
const PASSWORD = 'my-own-secret-words-3';

async function invite(body: Record<string, unknown>) {
  const res = await admin.client.post('/api/admin/invitations', body);
  expect(res.statusCode).toBe(201);
  return res.json() as { invitation: { id: string; email: string }; link: string };
}

describe('inviting', () => {
  it('emails the link, shows it once, lists the invitation as pending and audits it', async () => {
    const email = newAddress();
    const { invitation, link } = await invite({ email, displayName: '李审核', role: 'REVIEWER' });
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite#token=[\w-]{43}$/);
    expect(invitation).toMatchObject({ email, displayName: '李审核', role: 'REVIEWER', invitedBy: '张管理' });
    expect(invitation).not.toHaveProperty('link');

    const [mail] = await mailsTo(t.app, t.db, email);
    expect(mail?.subject).toBe('邀请您加入备案控制台');
    expect(mail?.body).toContain(link);
    expect(mail?.body).toContain('张管理 邀请您以“审核员”身份加入备案控制台');
    expect(mail?.body).toContain('2026-12-07 10:00（北京时间）');

    const pending = (await admin.client.get('/api/admin/invitations')).json().invitations;
    expect(pending.map((i: { id: string }) => i.id)).toContain(invitation.id);
    expect(JSON.stringify(pending)).not.toContain(tokenOf(link));
    const stored = await t.db.staffInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).not.toContain(tokenOf(link));
    expect(
      await t.db.auditLog.findMany({ where: { action: 'account.invite', targetId: invitation.id } }),
    ).toMatchObject([{ actorId: admin.account.id, targetType: 'invitation', after: { email, role: 'REVIEWER' } }]);
  });

  it('refuses an address that already has an account, and a photo point for any role but operator', async () => {
    const taken = await admin.client.post('/api/admin/invitations', {
      email: admin.account.email,
      displayName: '重复',
      role: 'REVIEWER',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('EMAIL_TAKEN');
    const point = await photoPointRow(t);
    const wrong = await admin.client.post('/api/admin/invitations', {
      email: newAddress(),
      displayName: '王',
      role: 'REVIEWER',
      photoPointId: point.id,
    });
    expect(wrong.statusCode).toBe(400);
    const applicant = await admin.client.post('/api/admin/invitations', {
      email: newAddress(),
      displayName: '王',
      role: 'APPLICANT',
    });
    expect(applicant.statusCode).toBe(400);
  });

  it('is for admins only', async () => {
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await client.post('/api/admin/invitations', {})).statusCode).toBe(403);
    expect((await client.get('/api/admin/invitations')).statusCode).toBe(403);
    expect((await browser().post('/api/admin/invitations', {})).statusCode).toBe(401);
  });
});

describe('accepting', () => {
  it("creates the operator at the invitation's photo point, signs in, and works once", async () => {
    const point = await photoPointRow(t, { name: '深圳南山拍照点' });
    const email = newAddress();
    const { link, invitation } = await invite({
      email,
      displayName: '赵操作',
      role: 'OPERATOR',
      photoPointId: point.id,
    });
    const token = tokenOf(link);

    const visitor = browser();
    const preview = await visitor.post('/api/auth/invitations/lookup', { token });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      email,
      role: 'OPERATOR',
      invitedBy: '张管理',
      photoPointName: '深圳南山拍照点',
    });

    const accepted = await visitor.post('/api/auth/invitations/accept', {
      token,
      password: PASSWORD,
      displayName: '赵六',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().account).toMatchObject({ email, role: 'OPERATOR', displayName: '赵六' });
    expect((await visitor.get('/api/auth/me')).json().account.email).toBe(email);
    const row = await t.db.account.findUniqueOrThrow({ where: { email } });
    expect(row).toMatchObject({ emailVerified: true, photoPointId: point.id, role: 'OPERATOR' });
    expect((await browser().login(email, PASSWORD)).statusCode).toBe(200);
    expect(await t.db.auditLog.findMany({ where: { action: 'account.inviteAccept', targetId: row.id } })).toMatchObject(
      [{ actorId: row.id, detail: { invitationId: invitation.id } }],
    );

    const again = await browser().post('/api/auth/invitations/accept', { token, password: PASSWORD });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('INVITATION_INVALID');
    const pending = (await admin.client.get('/api/admin/invitations')).json().invitations;
    expect(pending.map((i: { id: string }) => i.id)).not.toContain(invitation.id);
  });

  it('makes a reviewer that can open the review queue', async () => {
    const email = newAddress();
    const { link } = await invite({ email, displayName: '钱审核', role: 'REVIEWER' });
    const visitor = browser();
    await visitor.post('/api/auth/invitations/accept', { token: tokenOf(link), password: PASSWORD });
    expect((await visitor.get('/api/review/queue')).statusCode).toBe(200);
  });

  it('answers expired, revoked, used and unknown links alike', async () => {
    const expiring = await invite({ email: newAddress(), displayName: '甲', role: 'REVIEWER' });
    const revoked = await invite({ email: newAddress(), displayName: '乙', role: 'ADMIN' });
    const used = await invite({ email: newAddress(), displayName: '丙', role: 'REVIEWER' });
    await browser().post('/api/auth/invitations/accept', { token: tokenOf(used.link), password: PASSWORD });

    const revoke = await admin.client.post(`/api/admin/invitations/${revoked.invitation.id}/revoke`);
    expect(revoke.statusCode).toBe(204);
    expect(
      await t.db.auditLog.findMany({ where: { action: 'account.inviteRevoke', targetId: revoked.invitation.id } }),
    ).toMatchObject([{ before: { status: 'pending' }, after: { status: 'revoked' } }]);
    expect((await admin.client.post(`/api/admin/invitations/${revoked.invitation.id}/revoke`)).statusCode).toBe(404);

    // A moment before the seven days are up it still works; at the end it does not.
    clock.advance(INVITATION_TTL_MS - 1000);
    expect((await browser().post('/api/auth/invitations/lookup', { token: tokenOf(expiring.link) })).statusCode).toBe(
      200,
    );
    clock.advance(1000);
    const answers = [];
    for (const token of [tokenOf(expiring.link), tokenOf(revoked.link), tokenOf(used.link), 'B'.repeat(43)]) {
      answers.push(await browser().post('/api/auth/invitations/lookup', { token }));
      answers.push(await browser().post('/api/auth/invitations/accept', { token, password: PASSWORD }));
    }
    clock.advance(-INVITATION_TTL_MS);
    for (const res of answers) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'INVITATION_INVALID', detail: answers[0]?.json().detail });
    }
  });

  it('refuses an address that got an account after the invitation, and keeps the password policy', async () => {
    const email = newAddress();
    const { link } = await invite({ email, displayName: '孙', role: 'REVIEWER' });
    const weak = await browser().post('/api/auth/invitations/accept', { token: tokenOf(link), password: email });
    expect(weak.json().code).toBe('PASSWORD_IS_EMAIL');
    const guessable = await browser().post('/api/auth/invitations/accept', {
      token: tokenOf(link),
      password: 'Summer2024!',
    });
    expect(guessable.json()).toMatchObject({ code: 'PASSWORD_COMMON', errors: [{ path: 'password' }] });
    await signedInClient(t.app, t.db, 'APPLICANT').then(({ account }) =>
      t.db.account.update({ where: { id: account.id }, data: { email } }),
    );
    const taken = await browser().post('/api/auth/invitations/accept', { token: tokenOf(link), password: PASSWORD });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('EMAIL_TAKEN');
  });

  it('a new invitation to the same address replaces the pending one', async () => {
    const email = newAddress();
    const first = await invite({ email, displayName: '周', role: 'REVIEWER' });
    const second = await invite({ email, displayName: '周', role: 'ADMIN' });
    expect((await browser().post('/api/auth/invitations/lookup', { token: tokenOf(first.link) })).statusCode).toBe(404);
    const visitor = browser();
    await visitor.post('/api/auth/invitations/accept', { token: tokenOf(second.link), password: PASSWORD });
    expect((await visitor.get('/api/auth/me')).json().account.role).toBe('ADMIN');
  });
});
