// Step 1, POST /api/filings/verify: every documented demo case gives its documented result through the real endpoint,
// a passing verify opens exactly one DRAFT filing, and one order per subject and per domain may be in flight.
import type { CheckResult, VerifyResponse } from '@beian/contracts';
import { CHECK_NAMES } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASES } from '../../src/seed/simulators/demo-cases.ts';
import { IDS } from '../../src/seed/simulators/seed-identities.ts';
import { manualClock } from '../helpers/test-app.ts';
import {
  abandon,
  createSimulatorTestApp,
  demoApplicant,
  demoCase,
  freshApplicant,
  type SimulatorTestApp,
  verifyBodyFor,
} from './filing-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

const notPassing = (checks: readonly CheckResult[]) =>
  checks.filter((c) => c.status !== 'pass').map((c) => ({ check: c.name, status: c.status, reason: c.reason }));
const check = (res: VerifyResponse, name: string) => res.checks.find((c) => c.name === name);

describe('the demo cases', () => {
  it.each(DEMO_CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const client = await demoApplicant(t);
    const res = await client.post('/api/filings/verify', await verifyBodyFor(client, c));
    const body = res.json() as VerifyResponse;
    const fails = c.expected.some((e) => e.status === 'fail');
    expect(res.statusCode, res.body).toBe(fails ? 200 : 201);
    expect(notPassing(body.checks)).toEqual(c.expected);
    expect(body.detectedType).toBe(c.filingType);
    expect(body.outcome).toBe(fails ? 'fail' : c.expected.length > 0 ? 'warn' : 'pass');
    // Every check by name, once each, in the UI's order.
    const names = body.checks.map((x) => x.name);
    expect(names).toEqual([...names].sort((a, b) => CHECK_NAMES.indexOf(a as never) - CHECK_NAMES.indexOf(b as never)));
    expect(new Set(names).size).toBe(names.length);
    if (body.filing) {
      expect(body.filing).toMatchObject({ status: 'DRAFT', type: 'ACCESS', nextAction: 'FILL_SUBJECT', version: 1 });
      // Frees the subject, the domain and any auth code for the cases after this one.
      expect((await abandon(client, body.filing)).statusCode).toBe(200);
    } else {
      expect(body.filing).toBeNull();
    }
  });
});

describe('a passing verify', () => {
  it('opens exactly one DRAFT filing with its creating event and its two locks', async () => {
    const { client, account } = await freshApplicant(t);
    const c = demoCase('pass-government');
    const res = await client.post('/api/filings/verify', await verifyBodyFor(client, c));
    expect(res.statusCode).toBe(201);
    const { filing } = res.json() as VerifyResponse;
    expect(filing?.orderNo).toMatch(/^BA20261130\d{5}$/);

    const rows = await t.db.filing.findMany({ where: { accountId: account.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'DRAFT',
      province: '11',
      nature: 'GOVERNMENT',
      certType: 'USCC_CERTIFICATE',
      certHash: t.adapters.certHasher.hash(c.holder.certNumber),
      certMasked: t.adapters.certHasher.mask(c.holder.certNumber),
      domainAscii: 'dongcheng-demo.gov.cn',
      subjectFilingNo: '京ICP备2019003456号',
    });
    const events = await t.db.filingEvent.findMany({ where: { filingId: filing?.id } });
    expect(events).toEqual([
      expect.objectContaining({
        event: 'create',
        fromStatus: null,
        toStatus: 'DRAFT',
        actorId: account.id,
        actorRole: 'APPLICANT',
      }),
    ]);
    const locks = await t.db.filingLock.findMany({ where: { filingId: filing?.id }, orderBy: { kind: 'asc' } });
    expect(locks.map((l) => [l.kind, l.key])).toEqual([
      ['SUBJECT', t.adapters.certHasher.hash(c.holder.certNumber)],
      ['DOMAIN', 'dongcheng-demo.gov.cn'],
    ]);

    // The certificate number is in no table, only its hash and mask.
    const tables = await t.db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`;
    for (const { name } of tables) {
      const found = await t.db.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM "${name}" t WHERE row_to_json(t)::text LIKE $1 LIMIT 1`,
        `%${c.holder.certNumber}%`,
      );
      expect(found, name).toHaveLength(0);
    }
  });

  it('numbers orders by the Shanghai day, one after another', async () => {
    // 23:30 UTC is already the next morning in Shanghai.
    clock.set(new Date('2026-11-30T23:30:00Z'));
    const { client } = await freshApplicant(t);
    const first = await client.post('/api/filings/verify', await verifyBodyFor(client, demoCase('province-14')));
    const second = await client.post('/api/filings/verify', await verifyBodyFor(client, demoCase('province-15')));
    clock.set(new Date('2026-11-30T02:00:00Z'));
    expect(first.json().filing.orderNo).toBe('BA2026120100001');
    expect(second.json().filing.orderNo).toBe('BA2026120100002');
  });

  it('claims an auth code for the filing, and abandoning gives it back', async () => {
    const a = await freshApplicant(t);
    const b = await freshApplicant(t);
    const c = demoCase('pass-idn');
    const res = await a.client.post('/api/filings/verify', await verifyBodyFor(a.client, c));
    expect(res.statusCode).toBe(201);
    const filing = res.json().filing;
    expect((await t.adapters.cloud.findAuthCode('DEMO-AUTH-0001'))?.usedByFilingId).toBe(filing.id);

    // Another account typing the same code is told it is used (the subject is in flight too).
    const other = (await b.client.post('/api/filings/verify', await verifyBodyFor(b.client, c))).json();
    expect(check(other, 'AUTH_CODE_UNUSED')).toEqual({
      name: 'AUTH_CODE_UNUSED',
      status: 'fail',
      reason: 'AUTH_CODE_USED',
    });

    expect((await abandon(a.client, filing)).json()).toMatchObject({ status: 'ABANDONED', nextAction: 'NONE' });
    expect((await t.adapters.cloud.findAuthCode('DEMO-AUTH-0001'))?.usedByFilingId).toBeNull();
  });
});

describe('the checks', () => {
  it('reports every problem at once and skips only what cannot run', async () => {
    const { client } = await freshApplicant(t);
    const body = await verifyBodyFor(client, demoCase('pass-personal'));
    const res = await client.post('/api/filings/verify', {
      ...body,
      certNumber: IDS.chenXiaoming.certNumber.replace(/.$/, (d) => (d === '0' ? '1' : '0')),
      domain: 'not a domain',
    });
    expect(res.statusCode).toBe(200);
    const names = (res.json() as VerifyResponse).checks.map((c) => `${c.name}:${c.status}`);
    expect(names).toEqual([
      'CERT_TYPE:pass',
      'CERTIFICATE:fail',
      'DOMAIN_NAME:fail',
      'CLOUD_RESOURCE_FOUND:pass',
      'CLOUD_REGION:pass',
      'CLOUD_BILLING:pass',
      'CLOUD_TERM:pass',
      'CLOUD_BANDWIDTH:pass',
      'CLOUD_EXPIRY:pass',
      'SUBJECT_IN_FLIGHT:pass',
    ]);
  });

  it("treats another account's resource as not found", async () => {
    const a = await freshApplicant(t);
    const b = await freshApplicant(t);
    const body = await verifyBodyFor(a.client, demoCase('pass-jiangxi'));
    const res = await b.client.post('/api/filings/verify', body);
    expect(res.statusCode).toBe(200);
    const result = res.json() as VerifyResponse;
    expect(notPassing(result.checks)).toEqual([
      { check: 'CLOUD_RESOURCE_FOUND', status: 'fail', reason: 'CLOUD_RESOURCE_NOT_FOUND' },
    ]);
  });
});

describe('one order in flight per subject and per domain', () => {
  it('refuses a second order by another account until the first is abandoned', async () => {
    const a = await freshApplicant(t);
    const b = await freshApplicant(t);
    const pujiang = demoCase('pass-enterprise-three-sites');
    const opened = await a.client.post('/api/filings/verify', await verifyBodyFor(a.client, pujiang));
    expect(opened.statusCode).toBe(201);

    const same = (await b.client.post('/api/filings/verify', await verifyBodyFor(b.client, pujiang))).json();
    expect(notPassing(same.checks)).toEqual([
      { check: 'SUBJECT_IN_FLIGHT', status: 'fail', reason: 'SUBJECT_ORDER_IN_FLIGHT' },
      { check: 'DOMAIN_IN_FLIGHT', status: 'fail', reason: 'DOMAIN_ORDER_IN_FLIGHT' },
    ]);
    // The same subject with another of its websites: the subject is what is in flight.
    const otherSite = await verifyBodyFor(b.client, { ...pujiang, domain: 'pujiang-jobs.com' });
    const subjectOnly = (await b.client.post('/api/filings/verify', otherSite)).json() as VerifyResponse;
    expect(check(subjectOnly, 'SUBJECT_IN_FLIGHT')?.status).toBe('fail');
    expect(check(subjectOnly, 'DOMAIN_IN_FLIGHT')?.status).toBe('pass');
    // Another subject with the domain: the domain is what is in flight.
    const otherSubject = await verifyBodyFor(b.client, { ...demoCase('pass-personal'), domain: pujiang.domain });
    const domainOnly = (await b.client.post('/api/filings/verify', otherSubject)).json() as VerifyResponse;
    expect(check(domainOnly, 'SUBJECT_IN_FLIGHT')?.status).toBe('pass');
    expect(check(domainOnly, 'DOMAIN_IN_FLIGHT')?.status).toBe('fail');

    expect((await abandon(a.client, opened.json().filing)).statusCode).toBe(200);
    expect(await t.db.filingLock.count({ where: { filingId: opened.json().filing.id } })).toBe(0);
    const retry = await b.client.post('/api/filings/verify', await verifyBodyFor(b.client, pujiang));
    expect(retry.statusCode).toBe(201);
  });

  it('lets only one of two simultaneous orders for the same subject through', async () => {
    const a = await freshApplicant(t);
    const b = await freshApplicant(t);
    const c = demoCase('pass-institution');
    const bodies = [await verifyBodyFor(a.client, c), await verifyBodyFor(b.client, c)];
    const results = await Promise.all([
      a.client.post('/api/filings/verify', bodies[0]),
      b.client.post('/api/filings/verify', bodies[1]),
    ]);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const loser = results.find((r) => r.statusCode !== 201);
    if (!loser) throw new Error('both orders went through');
    // Either the check saw the winner's lock, or the lock itself refused the loser.
    if (loser.statusCode === 409) expect(loser.json().code).toBe('ORDER_IN_FLIGHT');
    else expect(check(loser.json(), 'SUBJECT_IN_FLIGHT')?.status).toBe('fail');
    const hash = t.adapters.certHasher.hash(c.holder.certNumber);
    expect(await t.db.filing.count({ where: { certHash: hash, status: 'DRAFT' } })).toBe(1);
    expect(await t.db.filingLock.count({ where: { filing: { certHash: hash } } })).toBe(2);
  });
});
