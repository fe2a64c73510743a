// Step 2.2, the websites: the subject's filed websites from the registry, entries only for those, the verified one
// always kept, and each entry complete once confirmed with an eligible cloud service and a complete principal.
import type { FilingDetail, ResourceList, UpdateWebsitesBody } from '@beian/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESOURCE_SET } from '../../src/adapters/cloud/demo-resources.ts';
import { IDS } from '../../src/seed/simulators/seed-identities.ts';
import type { Client } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import {
  abandon,
  createSimulatorTestApp,
  freshApplicant,
  openFiling as open,
  type SimulatorTestApp,
} from './filing-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

// The tests reuse a few subjects, and a subject may have one order in flight: each test abandons what it opened.
const opened: { client: Client; id: string }[] = [];
afterEach(async () => {
  for (const { client, id } of opened.splice(0)) await abandon(client, (await client.get(`/api/filings/${id}`)).json());
});
async function openFiling(client: Client, caseId: string) {
  const filing = await open(client, caseId);
  opened.push({ client, id: filing.id });
  return filing;
}

type Entry = UpdateWebsitesBody['websites'][number];
const PUJIANG = ['沪ICP备2015012345号-1', '沪ICP备2015012345号-2', '沪ICP备2015012345号-3'];

async function resourceId(client: Client, name: string) {
  const { resources } = (await client.get('/api/resources')).json() as ResourceList;
  const found = resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found.id;
}

const save = (client: Client, filing: Pick<FilingDetail, 'id' | 'version'>, websites: Entry[]) =>
  client.put(`/api/filings/${filing.id}/websites`, { version: filing.version, websites });

async function pujiangFiling() {
  const { client, account } = await freshApplicant(t);
  const filing = await openFiling(client, 'pass-enterprise-three-sites');
  const good = await resourceId(client, DEMO_RESOURCE_SET.eligibleCvm.name);
  const entry = (websiteFilingNo: string, extra: Partial<Entry> = {}): Entry => ({
    websiteFilingNo,
    confirmed: true,
    cloudService: { kind: 'RESOURCE', resourceId: good },
    principal: { sameAsSubject: true },
    ...extra,
  });
  return { client, account, filing, entry };
}

describe('GET /api/filings/:id/websites/detected', () => {
  it("lists every website of the filing's subject from the registry", async () => {
    const { client, filing } = await pujiangFiling();
    const res = await client.get(`/api/filings/${filing.id}/websites/detected`);
    expect(res.statusCode).toBe(200);
    const { websites } = res.json();
    expect(websites.map((w: { websiteFilingNo: string }) => w.websiteFilingNo)).toEqual(PUJIANG);
    expect(websites[1]).toEqual({
      websiteFilingNo: PUJIANG[1],
      name: '浦江示例产品文档',
      domains: ['pujiang-docs.cn', 'pujiang-docs.net'],
      homepageUrl: 'https://www.pujiang-docs.cn',
      accessProviders: ['华为云'],
    });
  });

  it('shows IDNs in Unicode', async () => {
    const { client } = await freshApplicant(t);
    const filing = await openFiling(client, 'pass-idn');
    const { websites } = (await client.get(`/api/filings/${filing.id}/websites/detected`)).json();
    expect(websites[0].domains).toEqual(['示例.中国', 'hz-demo.cn']);
  });
});

describe('PUT /api/filings/:id/websites', () => {
  it('refuses a website of another subject, naming the entry, and writes nothing', async () => {
    const { client, filing, entry } = await pujiangFiling();
    const res = await save(client, filing, [entry(PUJIANG[0]!), entry('粤ICP备2021034567号-1')]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'WEBSITE_NOT_OF_SUBJECT',
      errors: [{ path: 'websites.1.websiteFilingNo' }],
    });
    expect((await client.get(`/api/filings/${filing.id}`)).json()).toMatchObject({ version: 1, websites: [] });
  });

  it('keeps the website verified in step 1 in the list, and each website once', async () => {
    const { client, filing, entry } = await pujiangFiling();
    const without = await save(client, filing, [entry(PUJIANG[1]!)]);
    expect(without.statusCode).toBe(400);
    expect(without.json().errors).toEqual([expect.objectContaining({ path: 'websites' })]);
    const twice = await save(client, filing, [entry(PUJIANG[0]!), entry(PUJIANG[0]!)]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([expect.objectContaining({ path: 'websites.1.websiteFilingNo' })]);
  });

  it('is complete once every entry is confirmed, on an eligible cloud service, with a complete principal', async () => {
    const { client, filing, entry } = await pujiangFiling();
    const overseas = await resourceId(client, DEMO_RESOURCE_SET.overseasCvm.name);
    const own = {
      sameAsSubject: false as const,
      name: '赵强',
      certType: 'RESIDENT_ID',
      mobile: '13600136000',
      email: 'zhao@example.cn',
      emergencyPhone: '021-12345678',
    };
    let res = await save(client, filing, [
      entry(PUJIANG[0]!),
      entry(PUJIANG[1]!, { cloudService: { kind: 'RESOURCE', resourceId: overseas } }),
      entry(PUJIANG[2]!, { principal: own }),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    let detail = res.json() as FilingDetail;
    expect(detail.websites.map((w) => w.complete)).toEqual([true, false, false]);
    expect(detail.websites[1]?.cloudServiceChecks).toContainEqual({
      name: 'CLOUD_REGION',
      status: 'fail',
      reason: 'CLOUD_REGION_NOT_MAINLAND',
    });
    expect(detail.websites[0]).toMatchObject({ name: '浦江示例官网', domains: ['pujiang-demo.com.cn'] });
    expect(detail.steps.websites).toBe(false);

    res = await save(client, detail, [
      entry(PUJIANG[0]!),
      entry(PUJIANG[1]!),
      entry(PUJIANG[2]!, { principal: { ...own, certNumber: IDS.zhaoQiang.certNumber } }),
    ]);
    detail = res.json();
    expect(detail.websites.map((w) => w.complete)).toEqual([true, true, true]);
    expect(detail.steps.websites).toBe(true);
    expect(detail.websites[2]?.principal).toMatchObject({
      sameAsSubject: false,
      certNumberMasked: t.adapters.certHasher.mask(IDS.zhaoQiang.certNumber),
    });

    // The saved certificate number stays when the principal is sent again without one; unconfirming undoes the step.
    res = await save(client, detail, [
      entry(PUJIANG[0]!, { confirmed: false }),
      entry(PUJIANG[1]!),
      entry(PUJIANG[2]!, { principal: own }),
    ]);
    detail = res.json();
    expect(detail.websites.map((w) => w.complete)).toEqual([false, true, true]);
    expect(detail.steps.websites).toBe(false);
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(JSON.stringify(row.websites)).not.toContain(IDS.zhaoQiang.certNumber);
  });

  it('keeps a website principal of its own as typed so far, so the wizard shows what was chosen', async () => {
    const { client, filing, entry } = await pujiangFiling();
    // Unticking "same as the subject principal" and typing one field: nothing else is filled in yet.
    const res = await save(client, filing, [
      entry(PUJIANG[0]!, { principal: { sameAsSubject: false, name: '赵强', mobile: '1360013' } }),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as FilingDetail;
    expect(detail.websites[0]?.principal).toEqual({
      sameAsSubject: false,
      name: '赵强',
      certType: null,
      certNumberMasked: null,
      mobileMasked: expect.any(String),
      mobile: '1360013',
      email: null,
      emergencyPhone: null,
    });
    expect(detail.websites[0]?.complete).toBe(false);
    expect(detail.steps.websites).toBe(false);
    // The own principal asks for its ID among the materials, as it will once complete.
    const list = (await client.get(`/api/filings/${filing.id}/materials`)).json() as {
      items: { kind: string; websiteFilingNo: string | null }[];
    };
    expect(list.items.some((i) => i.kind.startsWith('WEBSITE_PRINCIPAL_ID') && i.websiteFilingNo === PUJIANG[0])).toBe(
      true,
    );
  });

  it("accepts the verify step's own auth code for its website, and lets a code serve one website only", async () => {
    const { client } = await freshApplicant(t);
    const idn = await openFiling(client, 'pass-idn');
    const own = { kind: 'AUTH_CODE' as const, code: 'DEMO-AUTH-0001' };
    const [home] = (await client.get(`/api/filings/${idn.id}/websites/detected`)).json().websites;
    const res = await save(client, idn, [
      { websiteFilingNo: home.websiteFilingNo, confirmed: true, cloudService: own, principal: { sameAsSubject: true } },
    ]);
    const detail = res.json() as FilingDetail;
    // Claimed by this filing on the verify step, so not "used" for it.
    expect(detail.websites[0]?.cloudServiceChecks).toContainEqual({ name: 'AUTH_CODE_UNUSED', status: 'pass' });
    expect(detail.websites[0]?.complete).toBe(true);

    const { client: other, account, filing, entry } = await pujiangFiling();
    const [granted] = (await t.adapters.simulators?.cloud.listGrantedAuthCodes(account.id)) ?? [];
    const shared = { kind: 'AUTH_CODE' as const, code: granted?.code ?? '' };
    const twice = (
      await save(other, filing, [
        entry(PUJIANG[0]!),
        entry(PUJIANG[1]!, { cloudService: shared }),
        entry(PUJIANG[2]!, { cloudService: shared }),
      ])
    ).json() as FilingDetail;
    for (const site of twice.websites.slice(1)) {
      expect(site.cloudServiceChecks).toContainEqual({
        name: 'AUTH_CODE_SITES',
        status: 'fail',
        reason: 'AUTH_CODE_ONE_SITE_ONLY',
      });
      expect(site.complete).toBe(false);
    }
  });

  it('checks an unknown auth code and a resource of another account as failing, not as errors', async () => {
    const { client, filing, entry } = await pujiangFiling();
    const other = await freshApplicant(t);
    const foreign = await resourceId(other.client, DEMO_RESOURCE_SET.eligibleCvm.name);
    const res = await save(client, filing, [
      entry(PUJIANG[0]!, { cloudService: { kind: 'AUTH_CODE', code: 'DEMO-NONE-0000' } }),
      entry(PUJIANG[1]!, { cloudService: { kind: 'RESOURCE', resourceId: foreign } }),
    ]);
    expect(res.statusCode).toBe(200);
    const detail = res.json() as FilingDetail;
    expect(detail.websites.map((w) => w.cloudServiceChecks)).toEqual([
      [{ name: 'AUTH_CODE_FOUND', status: 'fail', reason: 'AUTH_CODE_NOT_FOUND' }],
      [{ name: 'CLOUD_RESOURCE_FOUND', status: 'fail', reason: 'CLOUD_RESOURCE_NOT_FOUND' }],
    ]);
  });
});
