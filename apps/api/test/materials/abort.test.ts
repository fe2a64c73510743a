// A client that drops the connection half way through an upload, over a real socket: the API must write no row and
// leave no readable object, whether the file was still in its first part or already in a multipart upload.
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import type { Client } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, multipart, objectsOf, upload } from './materials-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;
let client: Client;
let accountId: string;
let template: { id: string };
let port: number;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({
    client,
    account: { id: accountId },
  } = await freshApplicant(t));
  template = await completedDraft(t, client, 'pass-personal');
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

/** Sends the headers and `fraction` of the body over a socket, then destroys it as a dropped connection would. */
async function sendPartly(path: string, body: Buffer, contentType: string, fraction: number): Promise<void> {
  const token = await client.fetchCsrf();
  const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${contentType}\r\n` +
      `Content-Length: ${body.length}\r\nCookie: ${cookie}\r\nX-CSRF-Token: ${token}\r\n\r\n`,
  );
  const sent = body.subarray(0, Math.floor(body.length * fraction));
  for (let at = 0; at < sent.length; at += 64 * 1024) {
    if (!socket.write(sent.subarray(at, at + 64 * 1024))) await new Promise((r) => socket.once('drain', r));
  }
  // Let the server read what was sent (and, for a large file, start its multipart upload) before the drop.
  await sleep(300);
  socket.destroy();
}

/** What is left once the server has dealt with the drop (it notices asynchronously; a late object would show). */
async function leftAfterDrop(filingId: string) {
  await sleep(1000);
  return { rows: await t.db.material.count({ where: { filingId } }), objects: await objectsOf(t, filingId) };
}

describe('an upload cut off half way', () => {
  it('leaves no row and no object (single-part upload)', async () => {
    const { id } = await copyOf(t, template, accountId);
    const { body, contentType } = multipart(
      { kind: 'SUBJECT_PRINCIPAL_ID_FRONT' },
      { filename: 'id.jpg', content: await photo('jpeg', 1600, 1200) },
    );
    await sendPartly(`/api/filings/${id}/materials`, body, contentType, 0.5);
    expect(await leftAfterDrop(id)).toEqual({ rows: 0, objects: [] });
  });

  it('leaves no row and no object after the first part of a multipart upload was stored', async () => {
    const { id } = await copyOf(t, template, accountId);
    // 8 MB: more than one 5 MB part, within the sheet's 10 MB.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(8 * 1024 * 1024, 0x20), Buffer.from('%%EOF\n')]);
    const { body, contentType } = multipart({ kind: 'VERIFICATION_SHEET' }, { filename: 'sheet.pdf', content: pdf });
    await sendPartly(`/api/filings/${id}/materials`, body, contentType, 0.85);
    expect(await leftAfterDrop(id)).toEqual({ rows: 0, objects: [] });
  });

  it('does not disturb the next upload', async () => {
    const { id } = await copyOf(t, template, accountId);
    const res = await upload(
      client,
      id,
      { kind: 'SUBJECT_PRINCIPAL_ID_FRONT' },
      { filename: 'a.jpg', content: await photo('jpeg') },
    );
    expect(res.statusCode).toBe(201);
    expect(await objectsOf(t, id)).toHaveLength(1);
  });
});
