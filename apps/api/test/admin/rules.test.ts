// /api/admin/rules and /api/admin/suffixes: version 1 is the shipped data; a publish makes the next version with its
// author and reason and an audit row of what changed; the next verify checks against it, while a filing created
// earlier keeps the version it was created under (decision 027); a publish from an outdated version is refused.
import type {
  FilingProgress,
  MaterialList,
  ProvinceRuleSet,
  ProvinceRulesHistory,
  SuffixHistory,
  SuffixListView,
  VerifyResponse,
} from '@beian/contracts';
import { MIIT_SUFFIXES, normalizeDomain } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  abandon,
  createSimulatorTestApp,
  demoCase,
  freshApplicant,
  openFiling,
  type SimulatorTestApp,
  verifyBodyFor,
} from '../filings/filing-fixtures.ts';
import type { Client } from '../helpers/http-client.ts';
import { createClient, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;
let admin: Client;
let adminName: string;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  const signedIn = await signedInClient(t.app, t.db, 'ADMIN');
  admin = signedIn.client;
  adminName = signedIn.account.displayName;
});
afterAll(() => t.close());

const rulesNow = async () => (await admin.get('/api/admin/rules')).json() as ProvinceRuleSet;
const ruleOf = (set: ProvinceRuleSet, code: string) => {
  const found = set.provinces.find((p) => p.provinceCode === code);
  if (!found) throw new Error(`No rules for ${code}`);
  const { provinceCode: _code, ...edit } = found;
  return edit;
};
const sheetInstructions = async (client: Client, filingId: string) => {
  const res = await client.get(`/api/filings/${filingId}/materials`);
  expect(res.statusCode, res.body).toBe(200);
  const sheet = (res.json() as MaterialList).items.find((r) => r.kind === 'VERIFICATION_SHEET');
  return sheet?.instructions ?? [];
};
const workingDays = async (client: Client, filingId: string) => {
  const res = await client.get(`/api/filings/${filingId}/progress`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as FilingProgress).bureauReviewWorkingDays;
};
const versionsOf = (id: string) =>
  t.db.filing.findUniqueOrThrow({ where: { id }, select: { provinceRulesVersion: true, suffixListVersion: true } });

describe('version 1', () => {
  it('is the shipped data, written on first use, with no author', async () => {
    const set = await rulesNow();
    expect(set).toMatchObject({ version: 1, author: null, reason: 'shipped data' });
    expect(set.provinces).toHaveLength(31);
    expect(ruleOf(set, '33').bureauReviewWorkingDays).toBe(30);
    expect(ruleOf(set, '65').verificationSheet.fingerprint).toBe(true);
    const suffixes = (await admin.get('/api/admin/suffixes')).json() as SuffixListView;
    expect(suffixes).toMatchObject({ version: 1, author: null, asOf: MIIT_SUFFIXES.asOf });
    expect(suffixes.suffixes).toEqual(MIIT_SUFFIXES.suffixes);
    expect(await t.db.ruleSetVersion.count()).toBe(2);
  });

  it('is for admins only', async () => {
    expect((await createClient(t.app).get('/api/admin/rules')).statusCode).toBe(401);
    const { client: reviewer } = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await reviewer.get('/api/admin/suffixes')).statusCode).toBe(403);
    // Refused before the body is read.
    expect((await reviewer.post('/api/admin/rules', { nonsense: true })).statusCode).toBe(403);
    expect((await createClient(t.app).post('/api/admin/suffixes', {})).statusCode).toBe(401);
  });
});

describe('a province rule change', () => {
  it('is versioned and audited, used by filings created after it, and not by one created before', async () => {
    const { client: early } = await freshApplicant(t);
    const before = await openFiling(early, 'pass-personal');
    expect(before.province).toBe('44');
    expect(await versionsOf(before.id)).toEqual({ provinceRulesVersion: 1, suffixListVersion: 1 });
    expect(await sheetInstructions(early, before.id)).not.toContain('SHEET_FINGERPRINT');

    const v1 = await rulesNow();
    const guangdong = ruleOf(v1, '44');
    const res = await admin.post('/api/admin/rules', {
      baseVersion: 1,
      reason: '  广东管局要求核验单按手印，审核时限调整为 25 个工作日  ',
      provinces: {
        '44': { ...guangdong, verificationSheet: { ...guangdong.verificationSheet, fingerprint: true } },
        '33': { ...ruleOf(v1, '33') },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const v2 = res.json() as ProvinceRuleSet;
    expect(v2).toMatchObject({
      version: 2,
      author: { displayName: adminName },
      reason: '广东管局要求核验单按手印，审核时限调整为 25 个工作日',
      createdAt: clock.now().toISOString(),
    });
    expect(ruleOf(v2, '44').verificationSheet.fingerprint).toBe(true);
    expect(await rulesNow()).toEqual(v2);

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'rules.publish' } });
    expect(audit).toMatchObject({
      targetType: 'ruleSet',
      before: { '44.verificationSheet.fingerprint': false },
      after: { '44.verificationSheet.fingerprint': true },
    });

    // The earlier filing keeps version 1: its sheet asks for no fingerprint.
    expect(await sheetInstructions(early, before.id)).not.toContain('SHEET_FINGERPRINT');
    expect(await versionsOf(before.id)).toEqual({ provinceRulesVersion: 1, suffixListVersion: 1 });
    expect((await abandon(early, before)).statusCode).toBe(200);

    // A filing created now is checked under version 2.
    const { client: late } = await freshApplicant(t);
    const after = await openFiling(late, 'pass-personal');
    expect(await versionsOf(after.id)).toEqual({ provinceRulesVersion: 2, suffixListVersion: 1 });
    expect(await sheetInstructions(late, after.id)).toContain('SHEET_FINGERPRINT');
    expect((await abandon(late, after)).statusCode).toBe(200);
  });

  it('changes the bureau days of filings created after it only', async () => {
    const { client: early } = await freshApplicant(t);
    const before = await openFiling(early, 'pass-personal');
    expect(await workingDays(early, before.id)).toBe(20);

    const current = await rulesNow();
    const res = await admin.post('/api/admin/rules', {
      baseVersion: current.version,
      reason: '广东管局审核时限延长',
      provinces: { '44': { ...ruleOf(current, '44'), bureauReviewWorkingDays: 25 } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'rules.publish' }, orderBy: { id: 'desc' } });
    expect(audit.before).toEqual({ '44.bureauReviewWorkingDays': 20 });
    expect(audit.after).toEqual({ '44.bureauReviewWorkingDays': 25 });

    expect(await workingDays(early, before.id)).toBe(20);
    expect((await abandon(early, before)).statusCode).toBe(200);
    const { client: late } = await freshApplicant(t);
    const after = await openFiling(late, 'pass-personal');
    expect(await workingDays(late, after.id)).toBe(25);
    expect((await abandon(late, after)).statusCode).toBe(200);
  });

  it('lists every version with what it changed, and reads an earlier one', async () => {
    const history = (await admin.get('/api/admin/rules/versions')).json() as ProvinceRulesHistory;
    expect(history.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(history.versions[0]?.changes).toEqual([{ field: '44.bureauReviewWorkingDays', before: 20, after: 25 }]);
    expect(history.versions[2]).toMatchObject({ author: null, reason: 'shipped data', changes: [] });
    const v1 = (await admin.get('/api/admin/rules/versions/1')).json() as ProvinceRuleSet;
    expect(ruleOf(v1, '44').verificationSheet.fingerprint).toBe(false);
    expect((await admin.get('/api/admin/rules/versions/99')).statusCode).toBe(404);
  });
});

describe('a suffix list change', () => {
  it('is used by the next verify: a domain under a removed suffix is refused', async () => {
    const { client } = await freshApplicant(t);
    const body = await verifyBodyFor(client, demoCase('pass-government'));
    const parsed = normalizeDomain(body.domain);
    if (!parsed.ok) throw new Error(body.domain);
    const tld = parsed.value.suffix.split('.').at(-1) ?? '';
    const kept = MIIT_SUFFIXES.suffixes.filter((s) => s !== tld && !s.endsWith(`.${tld}`));
    const res = await admin.post('/api/admin/suffixes', {
      baseVersion: 1,
      reason: '测试：移除后缀',
      asOf: '2026-11-30',
      suffixes: [...kept, '.示例'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const v2 = res.json() as SuffixListView;
    expect(v2).toMatchObject({ version: 2, asOf: '2026-11-30', author: { displayName: adminName } });
    // Typed in Unicode, kept in punycode.
    expect(v2.suffixes).toContain('xn--fsq092h');
    const removed = MIIT_SUFFIXES.suffixes.filter((s) => !kept.includes(s));
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'suffixes.publish' } });
    expect(audit.before).toEqual({ asOf: MIIT_SUFFIXES.asOf, removed });
    expect(audit.after).toEqual({ asOf: '2026-11-30', added: ['xn--fsq092h'] });

    const verify = await client.post('/api/filings/verify', body);
    expect(verify.statusCode, verify.body).toBe(200);
    const suffixCheck = (verify.json() as VerifyResponse).checks.find((c) => c.name === 'DOMAIN_SUFFIX');
    expect(suffixCheck).toMatchObject({ status: 'fail', reason: 'DOMAIN_SUFFIX_NOT_APPROVED' });

    const history = (await admin.get('/api/admin/suffixes/versions')).json() as SuffixHistory;
    expect(history.versions[0]).toMatchObject({
      version: 2,
      added: ['xn--fsq092h'],
      removed,
      previousAsOf: MIIT_SUFFIXES.asOf,
    });

    // Put back, and a filing created now records suffix version 3.
    const back = await admin.post('/api/admin/suffixes', {
      baseVersion: 2,
      reason: '恢复',
      asOf: '2026-11-30',
      suffixes: [...MIIT_SUFFIXES.suffixes],
    });
    expect(back.statusCode, back.body).toBe(201);
    const res2 = await client.post('/api/filings/verify', body);
    expect(res2.statusCode, res2.body).toBe(201);
    const filingId = (res2.json() as VerifyResponse).filing?.id ?? '';
    expect((await versionsOf(filingId)).suffixListVersion).toBe(3);
  });
});

describe('publishing', () => {
  it('from an outdated version is refused, and of two at once only one wins', async () => {
    const current = await rulesNow();
    const edit = (days: number) => ({
      baseVersion: current.version,
      reason: `时限 ${days}`,
      provinces: { '11': { ...ruleOf(current, '11'), bureauReviewWorkingDays: days } },
    });
    const { client: other } = await signedInClient(t.app, t.db, 'ADMIN');
    const results = await Promise.all([
      admin.post('/api/admin/rules', edit(21)),
      other.post('/api/admin/rules', edit(22)),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.statusCode === 409);
    expect(refused?.json()).toMatchObject({ code: 'RULES_VERSION_CONFLICT' });
    expect((await rulesNow()).version).toBe(current.version + 1);

    const stale = await admin.post('/api/admin/rules', edit(23));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'RULES_VERSION_CONFLICT' });
    const suffixes = (await admin.get('/api/admin/suffixes')).json() as SuffixListView;
    const staleSuffixes = await admin.post('/api/admin/suffixes', {
      baseVersion: suffixes.version - 1,
      reason: '过期版本',
      asOf: suffixes.asOf,
      suffixes: suffixes.suffixes.slice(1),
    });
    expect(staleSuffixes.json()).toMatchObject({ code: 'RULES_VERSION_CONFLICT' });
  });

  it('refuses edits that are not valid, and one that changes nothing', async () => {
    const current = await rulesNow();
    const base = ruleOf(current, '11');
    const post = (body: object) => admin.post('/api/admin/rules', { baseVersion: current.version, ...body });
    const invalid = [
      { reason: ' x ', provinces: { '11': base } },
      { reason: 'x'.repeat(501), provinces: { '11': base } },
      { provinces: { '11': base } },
      { reason: '原因', provinces: { '11': { ...base, bureauReviewWorkingDays: 61 } } },
      { reason: '原因', provinces: { '11': { ...base, bureauReviewWorkingDays: 0 } } },
      { reason: '原因', provinces: { '11': { ...base, bureauReviewWorkingDays: 2.5 } } },
      { reason: '原因', provinces: { '99': base } },
      { reason: '原因', provinces: {} },
      {
        reason: '原因',
        provinces: {
          '11': {
            ...base,
            verificationSheet: { fingerprint: false, handwrittenPledge: { text: '承诺', appliesTo: [] } },
          },
        },
      },
    ];
    for (const body of invalid) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    const same = await post({ reason: '没有变化', provinces: { '11': base } });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ code: 'RULES_UNCHANGED' });

    const suffixes = (await admin.get('/api/admin/suffixes')).json() as SuffixListView;
    const postSuffixes = (body: object) =>
      admin.post('/api/admin/suffixes', { baseVersion: suffixes.version, reason: '原因', asOf: '2026-11-30', ...body });
    for (const body of [
      { suffixes: [] },
      { suffixes: ['com', '.COM'] },
      { suffixes: ['中国', 'xn--fiqs8s'] },
      { suffixes: ['com', 'not a suffix!'] },
      { suffixes: ['com'], asOf: '2026-02-30' },
    ]) {
      const res = await postSuffixes(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect(await t.db.ruleSetVersion.count({ where: { kind: 'MIIT_SUFFIXES' } })).toBe(suffixes.version);
  });
});
