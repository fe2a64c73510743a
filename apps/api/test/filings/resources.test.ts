// GET /api/resources: the account's cloud resources, each with its eligibility checks, ineligible ones with reasons.
import type { ResourceList } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESOURCE_SET } from '../../src/adapters/cloud/demo-resources.ts';
import { DEMO_APPLICANT_EXTRA_SERVERS } from '../../src/seed/simulators/cloud-resources.seed.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { createSimulatorTestApp, demoApplicant, freshApplicant, type SimulatorTestApp } from './filing-fixtures.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;
let list: ResourceList;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  const res = await (await demoApplicant(t)).get('/api/resources');
  expect(res.statusCode).toBe(200);
  list = res.json();
});
afterAll(() => t.close());

const [noBandwidth, expired, full] = DEMO_APPLICANT_EXTRA_SERVERS;

describe('GET /api/resources', () => {
  it.each([
    [DEMO_RESOURCE_SET.eligibleCvm.name, true, []],
    [DEMO_RESOURCE_SET.siteHosting.name, true, []],
    [full?.spec.name, true, []],
    [DEMO_RESOURCE_SET.overseasCvm.name, false, ['fail CLOUD_REGION_NOT_MAINLAND']],
    [DEMO_RESOURCE_SET.payAsYouGoCvm.name, false, ['fail CLOUD_PAY_AS_YOU_GO', 'fail CLOUD_TERM_TOO_SHORT']],
    [DEMO_RESOURCE_SET.shortTermCvm.name, false, ['fail CLOUD_TERM_TOO_SHORT', 'warn CLOUD_EXPIRING_SOON']],
    [noBandwidth?.spec.name, false, ['fail CLOUD_NO_PUBLIC_BANDWIDTH']],
    [expired?.spec.name, false, ['fail CLOUD_EXPIRED']],
  ])('%s: eligible %s, %j', (name, eligible, problems) => {
    const resource = list.resources.find((r) => r.name === name);
    expect(resource, name).toBeDefined();
    expect(resource?.eligible).toBe(eligible);
    const notPassing = resource?.checks.filter((c) => c.status !== 'pass').map((c) => `${c.status} ${c.reason}`);
    expect(notPassing).toEqual(problems);
  });

  it('shows each resource with its inventory data, and only the account’s own', async () => {
    expect(list.resources).toHaveLength(8);
    expect(list.resources.find((r) => r.name === DEMO_RESOURCE_SET.overseasCvm.name)).toMatchObject({
      kind: 'CVM',
      region: 'ap-hongkong',
      mainland: false,
      billing: 'PREPAID',
      monthsPurchased: 12,
      publicBandwidthMbps: 5,
    });
    const { client } = await freshApplicant(t);
    const fresh = (await client.get('/api/resources')).json() as ResourceList;
    expect(fresh.resources).toHaveLength(Object.keys(DEMO_RESOURCE_SET).length);
    expect(fresh.resources.some((r) => list.resources.some((mine) => mine.id === r.id))).toBe(false);
    const empty = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await empty.client.get('/api/resources')).json()).toEqual({ resources: [] });
  });
});
