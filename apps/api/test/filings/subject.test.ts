// Step 2.1, the subject: autosave under the version and state rules, the principal's certificate kept as hash and
// mask, the mobile confirmation that a new number undoes, and the filing password with its subject-wide lockout.
import type { FilingDetail } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS } from '../../src/seed/simulators/seed-identities.ts';
import type { Client } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import {
  abandon,
  createSimulatorTestApp,
  filingPasswordFor,
  freshApplicant,
  latestSmsCode,
  openFiling,
  passingCases,
  registryPrincipalFor,
  type SimulatorTestApp,
} from './filing-fixtures.ts';

const MINUTE = 60_000;
const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
const nextCase = passingCases();
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

async function opened() {
  const { client, account } = await freshApplicant(t);
  const caseId = nextCase();
  return { client, account, caseId, filing: await openFiling(client, caseId) };
}

const saveSubject = (client: Client, filing: Pick<FilingDetail, 'id' | 'version'>, subject: object) =>
  client.put(`/api/filings/${filing.id}/subject`, { version: filing.version, subject });

const principal = {
  name: '周立群',
  certType: 'RESIDENT_ID',
  certNumber: IDS.zhaoQiang.certNumber,
  mobile: '13800138000',
  email: 'zhou@example.cn',
  emergencyPhone: '020-12345678',
};
const fullSubject = {
  originalPrincipalName: '周立群',
  certificateAddress: '上海市浦东新区张江路88号',
  mailingAddress: '上海市徐汇区漕溪北路331号',
  principal,
};

describe('PUT /api/filings/:id/subject (autosave)', () => {
  it('keeps half-typed values as typed, keeps what is left out and clears what is sent empty', async () => {
    const { client, filing } = await opened();
    const first = await saveSubject(client, filing, { originalPrincipalName: '周', principal: { mobile: '138' } });
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json() as FilingDetail;
    expect(saved.version).toBe(filing.version + 1);
    expect(saved.subject).toMatchObject({
      originalPrincipalName: '周',
      principal: { mobile: '138', mobileMasked: '***', name: null },
      complete: false,
    });

    const second = (await saveSubject(client, saved, { certificateAddress: '上海', originalPrincipalName: '' })).json();
    expect(second.subject).toMatchObject({
      originalPrincipalName: null,
      certificateAddress: '上海',
      principal: { mobile: '138' },
    });
  });

  it('refuses values longer than the bounds, naming the field', async () => {
    const { client, filing } = await opened();
    const res = await saveSubject(client, filing, { mailingAddress: '路'.repeat(201) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'subject.mailingAddress' })]);
  });

  it("stores the principal's certificate number only as hash and mask, and keeps it when left out", async () => {
    const { client, filing } = await opened();
    const saved = (await saveSubject(client, filing, { principal })).json() as FilingDetail;
    expect(saved.subject.principal.certNumberMasked).toBe(t.adapters.certHasher.mask(principal.certNumber));
    const { certNumber: _, ...withoutNumber } = principal;
    const kept = (await saveSubject(client, saved, { principal: { ...withoutNumber, name: '周立' } })).json();
    expect(kept.subject.principal).toMatchObject({
      name: '周立',
      certNumberMasked: saved.subject.principal.certNumberMasked,
    });
    const row = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(JSON.stringify(row.subjectDraft)).not.toContain(principal.certNumber);
  });

  it('refuses a write on a stale version with 409 and writes nothing', async () => {
    const { client, filing } = await opened();
    expect((await saveSubject(client, filing, { mailingAddress: '第一次' })).statusCode).toBe(200);
    const before = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
    const stale = await saveSubject(client, filing, { mailingAddress: '第二次' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect(await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).toEqual(before);
  });

  it('unconfirms the mobile when the number changes, not when it is only written differently', async () => {
    const { client, filing } = await opened();
    let current = (await saveSubject(client, filing, { principal: { mobile: '13800138000' } })).json() as FilingDetail;
    await t.db.filing.update({ where: { id: filing.id }, data: { mobileVerifiedAt: clock.now() } });
    current = (await saveSubject(client, current, { principal: { mobile: '+86 138-0013-8000' } })).json();
    expect(current.subject.mobileVerified).toBe(true);
    current = (await saveSubject(client, current, { principal: { mobile: '13900139000' } })).json();
    expect(current.subject.mobileVerified).toBe(false);
  });

  it('is complete with every field, a valid certificate, the filing password and the mobile confirmed', async () => {
    const { client, filing } = await opened();
    const subject = { ...fullSubject, originalPrincipalName: registryPrincipalFor(filing) };
    let current = (await saveSubject(client, filing, subject)).json() as FilingDetail;
    expect(current.subject).toMatchObject({ originalPrincipalMatches: true, complete: false });
    current = (
      await client.post(`/api/filings/${filing.id}/subject/password`, { password: filingPasswordFor(filing) })
    ).json();
    expect(current.subject).toMatchObject({ passwordVerified: true, complete: false });
    expect((await client.post(`/api/filings/${filing.id}/sms-code`)).statusCode).toBe(200);
    const code = await latestSmsCode(t, principal.mobile);
    current = (await client.post(`/api/filings/${filing.id}/sms-code/verify`, { code })).json();
    expect(current.subject).toMatchObject({ mobileVerified: true, complete: true });
    expect(current.steps.subject).toBe(true);
    expect(current.nextAction).toBe('CONFIRM_WEBSITES');

    // A certificate number that fails its check leaves the step incomplete.
    const badNumber = principal.certNumber.replace(/.$/, (d) => (d === '0' ? '1' : '0'));
    current = (await saveSubject(client, current, { principal: { ...principal, certNumber: badNumber } })).json();
    expect(current.subject.complete).toBe(false);
  });

  it("checks the original principal's name against the registry", async () => {
    const { client, filing } = await opened();
    let current = (await saveSubject(client, filing, { originalPrincipalName: '李四' })).json() as FilingDetail;
    expect(current.subject.originalPrincipalMatches).toBe(false);
    // Spacing does not matter.
    const spaced = registryPrincipalFor(filing).split('').join(' ');
    current = (await saveSubject(client, current, { originalPrincipalName: spaced })).json();
    expect(current.subject.originalPrincipalMatches).toBe(true);
    current = (await saveSubject(client, current, { originalPrincipalName: '' })).json();
    expect(current.subject.originalPrincipalMatches).toBeNull();
  });

  it('stays incomplete while the original principal is not the one in the registry', async () => {
    const { client, filing } = await opened();
    // Its own mobile: the other tests here have used up this hour's texts to the shared one.
    const own = { ...fullSubject, originalPrincipalName: '李四', principal: { ...principal, mobile: '13700137000' } };
    let current = (await saveSubject(client, filing, own)).json();
    await client.post(`/api/filings/${filing.id}/subject/password`, { password: filingPasswordFor(filing) });
    expect((await client.post(`/api/filings/${filing.id}/sms-code`)).statusCode).toBe(200);
    const code = await latestSmsCode(t, own.principal.mobile);
    current = (await client.post(`/api/filings/${filing.id}/sms-code/verify`, { code })).json();
    expect(current.subject).toMatchObject({ passwordVerified: true, mobileVerified: true, complete: false });
    current = (await saveSubject(client, current, { originalPrincipalName: registryPrincipalFor(filing) })).json();
    expect(current.subject.complete).toBe(true);
  });
});

describe('writes outside the editable states', () => {
  const writes: [string, (c: Client, f: FilingDetail) => Promise<{ statusCode: number; json: () => unknown }>][] = [
    ['PUT subject', (c, f) => saveSubject(c, f, { mailingAddress: 'x' })],
    ['POST subject/password', (c, f) => c.post(`/api/filings/${f.id}/subject/password`, { password: 'x' })],
    ['POST sms-code', (c, f) => c.post(`/api/filings/${f.id}/sms-code`)],
    ['POST sms-code/verify', (c, f) => c.post(`/api/filings/${f.id}/sms-code/verify`, { code: '123456' })],
    ['PUT websites', (c, f) => c.put(`/api/filings/${f.id}/websites`, { version: f.version, websites: [] })],
  ];

  it.each(writes)(
    '%s is refused with 409 FILING_NOT_EDITABLE while the filing is under review',
    async (_name, write) => {
      const { client, filing } = await opened();
      await t.db.filing.update({ where: { id: filing.id }, data: { status: 'INITIAL_REVIEW' } });
      const before = await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } });
      const res = await write(client, filing);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'FILING_NOT_EDITABLE' });
      expect(await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).toEqual(before);
    },
  );
});

describe('POST /api/filings/:id/subject/password', () => {
  it('counts wrong passwords down, locks the subject for 30 minutes across accounts, then lets the right one in', async () => {
    const { client, filing, caseId } = await opened();
    const url = `/api/filings/${filing.id}/subject/password`;
    for (const left of [4, 3, 2, 1]) {
      const res = await client.post(url, { password: 'not-the-password' });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'FILING_PASSWORD_WRONG', triesLeft: left });
    }
    const fifth = await client.post(url, { password: 'not-the-password' });
    expect(fifth.statusCode).toBe(423);
    const lockedUntil = new Date(clock.now().getTime() + 30 * MINUTE).toISOString();
    expect(fifth.json()).toMatchObject({ code: 'SUBJECT_LOCKED', lockedUntil });
    // 02:00 UTC + 30 min is 10:30 in Beijing.
    expect(fifth.json().detail).toContain('2026-11-30 10:30 (Beijing time');

    // Locked: even the right password is not tried, and the filing shows the lock.
    const right = filingPasswordFor(filing);
    expect((await client.post(url, { password: right })).statusCode).toBe(423);
    const shown = (await client.get(`/api/filings/${filing.id}`)).json() as FilingDetail;
    expect(shown.subject).toMatchObject({ lockedUntil, passwordTriesLeft: 0, passwordVerified: false });

    // The lock is the subject's: another account's new filing for it is locked as well.
    const reopened = (await abandon(client, shown)).json() as FilingDetail;
    expect(reopened.status).toBe('ABANDONED');
    const other = await freshApplicant(t);
    const otherFiling = await openFiling(other.client, caseId);
    const otherTry = await other.client.post(`/api/filings/${otherFiling.id}/subject/password`, { password: right });
    expect(otherTry.statusCode).toBe(423);

    clock.advance(30 * MINUTE);
    const unlocked = await other.client.post(`/api/filings/${otherFiling.id}/subject/password`, { password: right });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json().subject).toMatchObject({ passwordVerified: true, lockedUntil: null, passwordTriesLeft: 5 });
  });

  it('forgets wrong tries after a success and after half an hour without one', async () => {
    const { client, filing } = await opened();
    const url = `/api/filings/${filing.id}/subject/password`;
    await client.post(url, { password: 'wrong-1' });
    expect((await client.post(url, { password: 'wrong-2' })).json().triesLeft).toBe(3);
    clock.advance(31 * MINUTE);
    expect((await client.post(url, { password: 'wrong-3' })).json().triesLeft).toBe(4);
    const ok = await client.post(url, { password: filingPasswordFor(filing) });
    expect(ok.json().subject).toMatchObject({ passwordVerified: true, passwordTriesLeft: 5 });
    expect(await t.db.subjectPasswordLock.count({ where: { subjectFilingNo: filing.subjectFilingNo ?? '' } })).toBe(0);
  });

  it('counts every one of five wrong tries sent at once, and the fifth locks', async () => {
    const { client, filing } = await opened();
    const url = `/api/filings/${filing.id}/subject/password`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.post(url, { password: 'wrong' })));
    const refused = answers.filter((a) => a.statusCode === 422).map((a) => a.json().triesLeft);
    expect(refused.sort()).toEqual([1, 2, 3, 4]);
    expect(answers.filter((a) => a.statusCode === 423)).toHaveLength(1);
    const row = await t.db.subjectPasswordLock.findUniqueOrThrow({
      where: { subjectFilingNo: filing.subjectFilingNo ?? '' },
    });
    expect(row.failures).toBe(5);
  });

  it('limits tries per account on top of the subject lock', async () => {
    const { client, filing } = await opened();
    const url = `/api/filings/${filing.id}/subject/password`;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await client.post(url, { password: 'wrong' })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 422 || s === 423)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
