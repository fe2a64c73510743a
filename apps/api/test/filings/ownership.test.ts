import type { FilingDetail } from '@beian/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnsweredAsMissing } from '../helpers/answered-as-missing.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { createSimulatorTestApp, freshApplicant, openFiling, type SimulatorTestApp } from './filing-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;
let owner: Client;
let filing: FilingDetail;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  owner = (await freshApplicant(t)).client;
  filing = await openFiling(owner, 'pass-personal');
  // A saved mobile, so that a code could be sent if the route let the caller in.
  const saved = await owner.put(`/api/filings/${filing.id}/subject`, {
    version: filing.version,
    subject: { principal: { mobile: '13800138000' } },
  });
  filing = saved.json();
});
afterAll(() => t.close());

type Call = (client: Client, id: string) => Promise<LightMyRequestResponse>;
const ROUTES: [string, Call][] = [
  ['GET /api/filings/:id', (c, id) => c.get(`/api/filings/${id}`)],
  ['PUT /api/filings/:id/subject', (c, id) => c.put(`/api/filings/${id}/subject`, { version: 2, subject: {} })],
  [
    'POST /api/filings/:id/subject/password',
    (c, id) => c.post(`/api/filings/${id}/subject/password`, { password: 'x' }),
  ],
  ['POST /api/filings/:id/sms-code', (c, id) => c.post(`/api/filings/${id}/sms-code`)],
  [
    'POST /api/filings/:id/sms-code/verify',
    (c, id) => c.post(`/api/filings/${id}/sms-code/verify`, { code: '123456' }),
  ],
  ['GET /api/filings/:id/websites/detected', (c, id) => c.get(`/api/filings/${id}/websites/detected`)],
  ['PUT /api/filings/:id/websites', (c, id) => c.put(`/api/filings/${id}/websites`, { version: 2, websites: [] })],
  ['POST /api/filings/:id/abandon', (c, id) => c.post(`/api/filings/${id}/abandon`, { version: 2 })],
  ['GET /api/filings/:id/history', (c, id) => c.get(`/api/filings/${id}/history`)],
  ['GET /api/filings/:id/photo', (c, id) => c.get(`/api/filings/${id}/photo`)],
];

describe("another account's filing", () => {
  it.each(ROUTES)('%s answers 404, word for word as for a missing id, and changes nothing', async (_route, call) => {
    const { client: intruder } = await freshApplicant(t);
    const before = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    const smsBefore = await t.db.simSmsMessage.count();
    await expectAnsweredAsMissing((id) => call(intruder, id), filing.id);
    expect(await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).toEqual(before);
    expect(await t.db.simSmsMessage.count()).toBe(smsBefore);
  });

  it('is not in the list', async () => {
    const { client: other } = await freshApplicant(t);
    expect((await other.get('/api/filings')).json()).toEqual({ filings: [] });
    const mine = (await owner.get('/api/filings')).json();
    expect(mine.filings.map((f: { id: string }) => f.id)).toEqual([filing.id]);
  });

  it('is asked for with a filing id: anything else in its place names no filing', async () => {
    const res = await owner.get('/api/filings/not-a-uuid');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'The id "not-a-uuid" was not found.' });
  });
});

describe('roles', () => {
  const all: [string, Call][] = [
    ...ROUTES,
    ['GET /api/filings', (c) => c.get('/api/filings')],
    [
      'POST /api/filings/verify',
      (c) =>
        c.post('/api/filings/verify', {
          province: '44',
          nature: 'PERSONAL',
          certType: 'RESIDENT_ID',
          certNumber: '440305198803121313',
          domain: 'chenxiaoming.cn',
          cloudService: { kind: 'AUTH_CODE', code: 'DEMO-AUTH-0001' },
        }),
    ],
    ['GET /api/resources', (c) => c.get('/api/resources')],
  ];

  // A valid request each time: the body is validated before the role guard runs.
  it.each(all)('%s is for applicants only', async (_route, call) => {
    for (const role of ['REVIEWER', 'ADMIN', 'OPERATOR'] as const) {
      const { client } = await signedInClient(t.app, t.db, role);
      expect((await call(client, filing.id)).statusCode, role).toBe(403);
    }
    expect((await call(createClient(t.app), filing.id)).statusCode).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('describes every route of the wizard with its schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const paths = Object.keys(doc.paths);
    for (const path of [
      '/api/resources/',
      '/api/filings/verify',
      '/api/filings/',
      '/api/filings/{id}',
      '/api/filings/{id}/subject',
      '/api/filings/{id}/subject/password',
      '/api/filings/{id}/sms-code',
      '/api/filings/{id}/sms-code/verify',
      '/api/filings/{id}/websites/detected',
      '/api/filings/{id}/websites',
      '/api/filings/{id}/abandon',
      '/api/filings/{id}/history',
    ]) {
      expect(paths).toContain(path);
    }
    const verify = doc.paths['/api/filings/verify'].post;
    expect(Object.keys(verify.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401', '403']));
    expect(verify.requestBody.content['application/json'].schema.properties).toHaveProperty('cloudService');
    expect(doc.paths['/api/filings/{id}/subject/password'].post.responses).toHaveProperty('423');
  });
});
