// The applicant's notification centre and its read state: the unread count the navigation polls, marking named
// notifications or all of them read (only the caller's own, only once), and texts and emails kept out of both.
import { randomUUID } from 'node:crypto';
import type { NotificationList } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../src/generated/prisma/client.ts';
import { type Client, signedInClient } from './helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from './helpers/test-app.ts';

const clock = manualClock(new Date('2026-12-04T12:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

/** An applicant with `count` in-console notifications a minute apart (the last the newest), plus a text and an email. */
async function applicantWithNotices(count: number) {
  const { client, account } = await signedInClient(t.app, t.db, 'APPLICANT');
  const start = clock.now().getTime();
  const row = (channel: NotificationChannel, minute: number) => ({
    accountId: account.id,
    filingId: randomUUID(),
    channel,
    template: 'INITIAL_APPROVED',
    params: { orderNo: `BT${minute}` },
    status: 'SENT' as const,
    createdAt: new Date(start + minute * 60_000),
    ...(channel === 'IN_APP' ? {} : { recipient: channel === 'SMS' ? '13800000000' : 'a@example.test' }),
  });
  const inApp = Array.from({ length: count }, (_, minute) => row('IN_APP', minute));
  await t.db.notification.createMany({ data: [...inApp, row('SMS', count), row('EMAIL', count)] });
  const listed = await list(client);
  return { client, account, ids: listed.notifications.map((n) => n.id) };
}

const list = async (client: Client) => (await client.get('/api/notifications')).json() as NotificationList;
const unreadOf = async (client: Client) => (await client.get('/api/notifications/unread-count')).json().unread;
const markRead = (client: Client, body: unknown) => client.post('/api/notifications/read', body);

describe('GET /api/notifications', () => {
  it('lists only the in-console notifications, newest first, unread, with the unread count', async () => {
    const { client } = await applicantWithNotices(3);
    const { notifications, unread } = await list(client);
    expect(notifications.map((n) => n.params.orderNo)).toEqual(['BT2', 'BT1', 'BT0']);
    expect(notifications.every((n) => n.readAt === null)).toBe(true);
    expect(unread).toBe(3);
    expect(await unreadOf(client)).toBe(3);
  });

  it('is for applicants only', async () => {
    const { client } = await signedInClient(t.app, t.db, 'REVIEWER');
    for (const res of [
      await client.get('/api/notifications'),
      await client.get('/api/notifications/unread-count'),
      await markRead(client, {}),
    ]) {
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('POST /api/notifications/read', () => {
  it('marks only the named notifications read, at the time they were read', async () => {
    const { client, ids } = await applicantWithNotices(3);
    clock.advance(60_000);
    const res = await markRead(client, { ids: ids.slice(0, 2) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ unread: 1 });
    const { notifications, unread } = await list(client);
    expect(notifications.map((n) => n.readAt)).toEqual([clock.now().toISOString(), clock.now().toISOString(), null]);
    expect(unread).toBe(1);
  });

  it('marks all of them read without ids, and keeps the first reading time of those already read', async () => {
    const { client, ids } = await applicantWithNotices(3);
    await markRead(client, { ids: [ids[0]] });
    const firstRead = clock.now().toISOString();
    clock.advance(60_000);
    expect((await markRead(client, {})).json()).toEqual({ unread: 0 });
    const { notifications } = await list(client);
    expect(notifications.map((n) => n.readAt)).toEqual([
      firstRead,
      clock.now().toISOString(),
      clock.now().toISOString(),
    ]);
    expect(await unreadOf(client)).toBe(0);
  });

  it("leaves another account's notifications alone, saying nothing about them", async () => {
    const mine = await applicantWithNotices(1);
    const theirs = await applicantWithNotices(2);
    const res = await markRead(mine.client, { ids: [...theirs.ids, mine.ids[0]] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ unread: 0 });
    expect(await unreadOf(theirs.client)).toBe(2);
    expect(await t.db.notification.count({ where: { id: { in: theirs.ids }, readAt: { not: null } } })).toBe(0);
  });

  it('never marks texts or emails, even when named', async () => {
    const { client, account } = await applicantWithNotices(1);
    const others = await t.db.notification.findMany({ where: { accountId: account.id, channel: { not: 'IN_APP' } } });
    expect(others).toHaveLength(2);
    await markRead(client, { ids: others.map((n) => n.id) });
    await markRead(client, {});
    expect(await t.db.notification.count({ where: { accountId: account.id, readAt: { not: null } } })).toBe(1);
  });

  it('refuses an id that is not a UUID with a problem naming it', async () => {
    const { client } = await applicantWithNotices(1);
    const res = await markRead(client, { ids: ['not-a-uuid'] });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'ids.0' })]);
    expect(await unreadOf(client)).toBe(1);
  });

  it('refuses a write without the CSRF token', async () => {
    const { client } = await applicantWithNotices(1);
    const res = await client.post('/api/notifications/read', {}, { headers: { 'x-csrf-token': 'forged' } });
    expect(res.statusCode).toBe(403);
    expect(await unreadOf(client)).toBe(1);
  });
});
