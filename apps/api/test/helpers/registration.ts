// Registration as a person goes through it: the form, the email the delivery job sends, and the link in it.
import { expect } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Db } from '../../src/infra/db.ts';
import { type Client, createClient } from './http-client.ts';

export type Registration = { email: string; password: string; displayName: string; locale?: 'zh-CN' | 'en-US' };

/** Delivers the outbox and returns the emails the mail simulator holds for `to`, oldest first. */
export async function mailsTo(app: App, db: Db, to: string) {
  await app.backgroundJobs.dispatchNotifications();
  return db.simMailMessage.findMany({ where: { to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** The token of the confirmation link in an email body. */
export function linkToken(body: string): string {
  const token = /\/verify-email#token=([\w-]+)/.exec(body)?.[1];
  if (!token) throw new Error(`no confirmation link in:\n${body}`);
  return token;
}

/** Registers through the API, opens the emailed link in the same browser and returns it signed in. */
export async function registerAndConfirm(
  app: App,
  db: Db,
  registration: Registration,
  client: Client = createClient(app),
) {
  const registered = await client.post('/api/auth/register', registration);
  expect(registered.statusCode).toBe(202);
  // The address as the API normalised it.
  const mail = (await mailsTo(app, db, registered.json().email)).at(-1);
  const res = await client.post('/api/auth/verify-email', { token: linkToken(mail?.body ?? '') });
  expect(res.statusCode).toBe(200);
  return { client, account: res.json().account as { id: string; email: string } };
}
