// The cloud inventory simulator: the demo set a new account receives, exclusive auth-code claims, and the
// five-codes-per-server limit under concurrency.
import { checkAuthCode, checkCloudResource, overallStatus } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESOURCE_SET } from '../../src/adapters/cloud/demo-resources.ts';
import { registerAndConfirm } from '../helpers/registration.ts';
import { manualClock } from '../helpers/test-app.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './simulator-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

async function register(email: string) {
  const registration = { email, password: 'a-long-password-1', displayName: '新用户' };
  return (await registerAndConfirm(t.app, t.db, registration)).account.id;
}

describe('demo resources for a new account', () => {
  it('gives a confirmed account the standard set and one usable auth code, once', async () => {
    const accountId = await register('new.cloud.user@example.com');
    const resources = await t.adapters.cloud.listResources(accountId);
    const byName = new Map(resources.map((r) => [r.name, r]));
    expect([...byName.keys()].sort()).toEqual(
      Object.values(DEMO_RESOURCE_SET)
        .map((s) => s.name)
        .sort(),
    );
    const status = (name: string) => {
      const resource = byName.get(name);
      if (!resource) throw new Error(`missing ${name}`);
      return overallStatus(checkCloudResource(resource, clock.now()));
    };
    expect(status(DEMO_RESOURCE_SET.eligibleCvm.name)).toBe('pass');
    expect(status(DEMO_RESOURCE_SET.siteHosting.name)).toBe('pass');
    expect(status(DEMO_RESOURCE_SET.shortTermCvm.name)).toBe('fail');
    expect(status(DEMO_RESOURCE_SET.payAsYouGoCvm.name)).toBe('fail');
    expect(byName.get(DEMO_RESOURCE_SET.overseasCvm.name)).toMatchObject({ region: 'ap-hongkong', mainland: false });
    expect(byName.get(DEMO_RESOURCE_SET.eligibleCvm.name)?.publicIp).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\./);

    const simulators = t.adapters.simulators;
    if (!simulators) throw new Error('simulators are on in tests');
    const [granted, ...more] = await simulators.cloud.listGrantedAuthCodes(accountId);
    expect(more).toEqual([]);
    expect(granted?.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const record = await t.adapters.cloud.findAuthCode(granted?.code.toLowerCase() ?? '');
    expect(overallStatus(checkAuthCode({ record, filingId: null, websitesUsingCode: 1, now: clock.now() }))).toBe(
      'pass',
    );
    // The code's server is someone else's.
    expect(resources.some((r) => r.id === record?.server.id)).toBe(false);

    expect(await simulators.cloud.grantDemoResources(accountId)).toBe(false);
    expect(await t.adapters.cloud.listResources(accountId)).toHaveLength(resources.length);
  });

  it('shows an account only its own resources', async () => {
    const accountId = await register('other.cloud.user@example.com');
    const [own] = await t.adapters.cloud.listResources(accountId);
    expect(await t.adapters.cloud.findResource(accountId, own?.id ?? '')).toEqual(own);
    expect(await t.adapters.cloud.findResource(t.applicant.id, own?.id ?? '')).toBeNull();
  });
});

describe('auth codes', () => {
  it('lets exactly one of concurrent claims win, and a release frees the code', async () => {
    const filings = ['filing-a', 'filing-b', 'filing-c', 'filing-d', 'filing-e'];
    const results = await Promise.all(filings.map((id) => t.adapters.cloud.claimAuthCode('DEMO-AUTH-0001', id)));
    const winners = filings.filter((_, i) => results[i]?.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(4).fill({ ok: false, reason: 'AUTH_CODE_USED' }));
    const winner = winners[0] ?? '';
    const loser = filings.find((f) => f !== winner) ?? '';
    expect((await t.adapters.cloud.findAuthCode('DEMO-AUTH-0001'))?.usedByFilingId).toBe(winner);

    // The holder may claim again (re-verifying its own filing); nobody else may release it.
    expect((await t.adapters.cloud.claimAuthCode('demo-auth-0001', winner)).ok).toBe(true);
    expect(await t.adapters.cloud.releaseAuthCode('DEMO-AUTH-0001', loser)).toBe(false);
    expect(await t.adapters.cloud.releaseAuthCode('DEMO-AUTH-0001', winner)).toBe(true);
    expect((await t.adapters.cloud.findAuthCode('DEMO-AUTH-0001'))?.usedByFilingId).toBeNull();
    expect((await t.adapters.cloud.claimAuthCode('DEMO-AUTH-0001', loser)).ok).toBe(true);
  });

  it('refuses an unknown code', async () => {
    expect(await t.adapters.cloud.claimAuthCode('NOPE-NOPE-NOPE', 'filing-x')).toEqual({
      ok: false,
      reason: 'AUTH_CODE_NOT_FOUND',
    });
  });

  it('issues at most five codes per server, even when asked concurrently', async () => {
    const accountId = await register('issuer@example.com');
    const server = (await t.adapters.cloud.listResources(accountId)).find(
      (r) => r.name === DEMO_RESOURCE_SET.eligibleCvm.name,
    );
    const results = await Promise.all(
      Array.from({ length: 7 }, () => t.adapters.cloud.issueAuthCode(accountId, server?.id ?? '')),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok)).toEqual(Array(2).fill({ ok: false, reason: 'AUTH_CODE_LIMIT_REACHED' }));
    expect(await t.db.simAuthCode.count({ where: { instanceId: server?.id } })).toBe(5);
  });

  it('does not let an account issue codes on another account’s server', async () => {
    const [partnerServer] = await t.adapters.cloud.listResources('seed:partner');
    await expect(t.adapters.cloud.issueAuthCode(t.applicant.id, partnerServer?.id ?? '')).rejects.toMatchObject({
      status: 404,
    });
  });
});
