// An auth code (授权码) a website chooses on the websites step is only checked there; submission claims it for the
// filing, so two orders cannot both go to review on one code. The filing holds it until it leaves for good
// (abandoning gives back every code), and a rejection fix that moves a website off a code gives it back at resubmission.
import type { FilingDetail } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESOURCE_SET } from '../../src/adapters/cloud/demo-resources.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { abandon, createSimulatorTestApp, freshApplicant, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, copyOf, submitBody, uploadRequired } from './materials-fixtures.ts';

const clock = manualClock(new Date('2026-12-03T02:00:00Z'));
let t: SimulatorTestApp;
let client: Client;
let account: { id: string };
let template: FilingDetail;
let sites: string[];
let resourceId: string;
let jpeg: Buffer;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({ client, account } = await freshApplicant(t));
  // A company with three websites, so one order can use several codes.
  template = await completedDraft(t, client, 'pass-enterprise-three-sites');
  sites = template.websites.map((w) => w.websiteFilingNo);
  const cvm = await t.db.simCloudResource.findFirstOrThrow({
    where: { accountId: account.id, name: DEMO_RESOURCE_SET.eligibleCvm.name },
  });
  resourceId = cvm.instanceId;
  jpeg = await photo('jpeg');
});
afterAll(() => t.close());

// Another account's server issues the codes, five at most per server: a new owner when one is used up.
let issuer: { accountId: string; instanceId: string; issued: number } | null = null;
async function freeCode(): Promise<string> {
  if (!issuer || issuer.issued === 5) {
    const { account: owner } = await freshApplicant(t);
    const server = await t.db.simCloudResource.findFirstOrThrow({
      where: { accountId: owner.id, name: DEMO_RESOURCE_SET.eligibleCvm.name },
    });
    issuer = { accountId: owner.id, instanceId: server.instanceId, issued: 0 };
  }
  issuer.issued += 1;
  const issued = await t.adapters.cloud.issueAuthCode(issuer.accountId, issuer.instanceId);
  if (!issued.ok) throw new Error(`No code issued: ${issued.reason}`);
  return issued.value;
}

const holderOf = async (code: string) => (await t.adapters.cloud.findAuthCode(code))?.usedByFilingId ?? null;
const rowOf = (id: string) => t.db.filing.findUniqueOrThrow({ where: { id } });
const submit = async (id: string) => client.post(`/api/filings/${id}/submit`, submitBody((await rowOf(id)).version));

/** Sets the websites' cloud services through the websites step: a code by website index, the CVM for the rest. */
async function useCodes(filingId: string, codes: Record<number, string>) {
  const res = await client.put(`/api/filings/${filingId}/websites`, {
    version: (await rowOf(filingId)).version,
    websites: sites.map((websiteFilingNo, i) => {
      const code = codes[i];
      return {
        websiteFilingNo,
        confirmed: true,
        cloudService: code ? { kind: 'AUTH_CODE', code } : { kind: 'RESOURCE', resourceId },
        principal: { sameAsSubject: true },
      };
    }),
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A copy of the completed draft whose websites use `codes`, with every material uploaded: ready to submit. */
async function readyWith(codes: Record<number, string>, extra: Parameters<typeof copyOf>[3] = {}) {
  const filing = await copyOf(t, template, account.id, extra);
  await useCodes(filing.id, codes);
  await uploadRequired(client, filing.id, jpeg);
  return filing;
}

/** The filing sent back by an initial-review rejection that names `field`, as a reviewer would do it. */
async function rejected(filingId: string, field: string) {
  const admin = await signedInClient(t.app, t.db, 'ADMIN');
  const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
  const assigned = await admin.client.post(`/api/review/filings/${filingId}/assign`, {
    reviewerId: reviewer.account.id,
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  const res = await reviewer.client.post(`/api/review/filings/${filingId}/reject`, {
    version: (await rowOf(filingId)).version,
    reasons: [{ field, code: 'CLOUD_SERVICE_INVALID', message: '该网站的云服务不可用，请更换。' }],
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe('submitting claims the auth codes its websites use', () => {
  it('holds a free code for the filing from submission on', async () => {
    const code = await freeCode();
    const filing = await readyWith({ 0: code });
    // Choosing it on the websites step only checked it.
    expect(await holderOf(code)).toBeNull();
    const res = await submit(filing.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(await holderOf(code)).toBe(filing.id);
  });

  it("refuses a second order whose website uses the first one's code, naming the website, and keeps nothing", async () => {
    const [shared, other] = [await freeCode(), await freeCode()];
    const first = await readyWith({ 0: shared });
    const second = await readyWith({ 0: shared, 1: other });
    expect((await submit(first.id)).statusCode).toBe(200);

    const before = await rowOf(second.id);
    const res = await submit(second.id);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe('AUTH_CODE_TAKEN');
    expect(problem.detail).toContain(shared);
    expect(problem.errors).toEqual([
      { path: `websites.${sites[0]}.cloudService`, message: expect.stringContaining(`${shared} is already used`) },
    ]);
    expect(await rowOf(second.id)).toMatchObject({ status: 'DRAFT', version: before.version, submittedAt: null });
    expect(await t.db.filingEvent.count({ where: { filingId: second.id } })).toBe(0);
    expect(await holderOf(shared)).toBe(first.id);
    expect(await holderOf(other)).toBeNull();
  });

  it('names a code that does not exist (any more)', async () => {
    const code = await freeCode();
    const filing = await readyWith({ 2: code });
    await t.db.simAuthCode.delete({ where: { code } });
    const res = await submit(filing.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([
      { path: `websites.${sites[2]}.cloudService`, message: expect.stringContaining('does not exist') },
    ]);
  });

  it('lets one of two orders submitted at once have a shared code, and the other keeps none of its codes', async () => {
    const [shared, a, b] = [await freeCode(), await freeCode(), await freeCode()];
    const one = await readyWith({ 0: a, 1: shared });
    const two = await readyWith({ 0: b, 1: shared });
    const [r1, r2] = await Promise.all([submit(one.id), submit(two.id)]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const [winner, loser, loserCode] = r1.statusCode === 200 ? [one, two, b] : [two, one, a];
    expect((r1.statusCode === 200 ? r2 : r1).json().code).toBe('AUTH_CODE_TAKEN');
    expect(await holderOf(shared)).toBe(winner.id);
    expect(await holderOf(loserCode)).toBeNull();
    expect((await rowOf(loser.id)).status).toBe('DRAFT');
  });

  it('keeps the code held when the same order is submitted twice, one press after another or both at once', async () => {
    const code = await freeCode();
    const filing = await readyWith({ 1: code });
    const body = submitBody((await rowOf(filing.id)).version);
    const presses = await Promise.all([1, 2].map(() => client.post(`/api/filings/${filing.id}/submit`, body)));
    expect(presses.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await holderOf(code)).toBe(filing.id);
    const again = await client.post(`/api/filings/${filing.id}/submit`, body);
    expect(again.statusCode).toBe(200);
    expect(await holderOf(code)).toBe(filing.id);
    expect(await t.db.filingEvent.count({ where: { filingId: filing.id } })).toBe(1);
  });
});

describe('the filing gives its codes back', () => {
  it('when abandoned: the verify step code and every website code', async () => {
    const [verified, x, y] = [await freeCode(), await freeCode(), await freeCode()];
    const filing = await readyWith({ 0: x, 2: y }, { cloudService: { kind: 'AUTH_CODE', code: verified } });
    // As the verify step would have done for this order.
    expect((await t.adapters.cloud.claimAuthCode(verified, filing.id)).ok).toBe(true);
    expect((await submit(filing.id)).statusCode).toBe(200);
    expect([await holderOf(verified), await holderOf(x), await holderOf(y)]).toEqual([filing.id, filing.id, filing.id]);

    const res = await abandon(client, await rowOf(filing.id));
    expect(res.statusCode, res.body).toBe(200);
    expect([await holderOf(verified), await holderOf(x), await holderOf(y)]).toEqual([null, null, null]);
  });

  it('when a draft is abandoned, but not a code another order holds', async () => {
    const code = await freeCode();
    const holder = await readyWith({ 0: code });
    const draft = await readyWith({ 0: code });
    expect((await submit(holder.id)).statusCode).toBe(200);
    expect((await abandon(client, await rowOf(draft.id))).statusCode).toBe(200);
    expect(await holderOf(code)).toBe(holder.id);
  });

  it('at resubmission, when a rejection fix moved a website from its code to a server', async () => {
    const [dropped, kept] = [await freeCode(), await freeCode()];
    const filing = await readyWith({ 0: dropped, 1: kept });
    expect((await submit(filing.id)).statusCode).toBe(200);
    await rejected(filing.id, `websites.${sites[0]}.cloudService`);

    await useCodes(filing.id, { 1: kept });
    // Held until the fix is submitted: the applicant may still change it back.
    expect(await holderOf(dropped)).toBe(filing.id);
    const res = await submit(filing.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('INITIAL_REVIEW');
    expect(await holderOf(dropped)).toBeNull();
    expect(await holderOf(kept)).toBe(filing.id);
  });

  it('when abandoned after a rejection fix moved a website off its code, before resubmitting', async () => {
    const code = await freeCode();
    const filing = await readyWith({ 2: code });
    expect((await submit(filing.id)).statusCode).toBe(200);
    await rejected(filing.id, `websites.${sites[2]}.cloudService`);
    await useCodes(filing.id, {});
    expect((await abandon(client, await rowOf(filing.id))).statusCode).toBe(200);
    expect(await holderOf(code)).toBeNull();
  });
});
