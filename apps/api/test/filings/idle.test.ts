// Idle filings: a filing waiting on its applicant is reminded at 7, 15 and 30 idle days (by email, text and in the
// console, once each, only the latest due) and expires at 45 with its data kept and its locks and auth codes given
// back; activity starts the count over, and time in the provider's reviews never counts.
import type { FilingDetail } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESOURCE_SET } from '../../src/adapters/cloud/demo-resources.ts';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { createContactOf } from '../../src/modules/filings/filing-contact.ts';
import { createFilingTransitions } from '../../src/modules/filings/filing-transitions.ts';
import { createFilingsRepository } from '../../src/modules/filings/filings.repository.ts';
import { createIdleFilings, type IdleFilingsDeps } from '../../src/modules/filings/idle-filings.job.ts';
import { createIdleFilingsRepository } from '../../src/modules/filings/idle-filings.repository.ts';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createNotificationOutbox } from '../../src/modules/notifications/notifications.outbox.ts';
import { createNotificationsRepository } from '../../src/modules/notifications/notifications.repository.ts';
import { filingRow } from '../helpers/filing-rows.ts';
import { type Client, signedInClient, TEST_PASSWORD } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { completedDraft, upload } from '../materials/materials-fixtures.ts';
import {
  createSimulatorTestApp,
  freshApplicant,
  openFiling,
  passingCases,
  type SimulatorTestApp,
} from './filing-fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// 10:00 on 1 December on the Beijing clock. Each test starts here, so the seeded registry and resources stay valid.
const BASE = new Date('2026-12-01T02:00:00Z');
const clock = manualClock(BASE);
const at = (ms: number) => new Date(BASE.getTime() + ms);
const nextCase = passingCases();
let t: SimulatorTestApp;
let jpeg: Buffer;
/** What runs built by jobDeps() logged as warnings or errors. */
const logged: object[] = [];

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  jpeg = await photo('jpeg');
});
afterAll(() => t.close());

const runIdle = () => t.app.backgroundJobs.idleFilings();
const nothingDue = { reminded: 0, expired: 0 };

/** A filing's notifications, oldest first and, within one instant, by channel name. */
const noticesOf = async (filingId: string) =>
  (await t.db.notification.findMany({ where: { filingId } }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.channel.localeCompare(b.channel))
    .map((n) => ({ channel: n.channel, recipient: n.recipient, template: n.template, params: n.params }));

/** The days of the in-console idle reminders a filing has had, oldest first. */
const remindersOf = async (filingId: string) =>
  (await noticesOf(filingId))
    .filter((n) => n.channel === 'IN_APP' && n.template === 'IDLE_REMINDER')
    .map((n) => (n.params as { day: string }).day);

const rowOf = (id: string) => t.db.filing.findUniqueOrThrow({ where: { id } });

/** Signs the applicant in again: weeks later, the session of the day the draft was made has lapsed. */
async function signInAgain(client: Client, account: { email: string }) {
  expect((await client.login(account.email, TEST_PASSWORD)).statusCode).toBe(200);
}

/** A draft completed through the wizard at BASE, its principal's mobile confirmed by SMS. */
async function draftAtBase() {
  clock.set(BASE);
  const { client, account } = await freshApplicant(t);
  const caseId = nextCase();
  const draft = await completedDraft(t, client, caseId);
  return { client, account, caseId, draft, mobile: draft.subject.principal.mobile ?? '' };
}

let serial = 0;
/** A filing written straight to the database in `status`, last touched `idleFor` ago, with the events given. */
async function filingIdle(
  accountId: string,
  status: Prisma.FilingUncheckedCreateInput['status'],
  idleFor: number,
  extra: Partial<Prisma.FilingUncheckedCreateInput> = {},
) {
  serial += 1;
  const touched = new Date(clock.now().getTime() - idleFor);
  return t.db.filing.create({
    data: filingRow({
      orderNo: `BI2026120${String(serial).padStart(7, '0')}`,
      accountId,
      status,
      createdAt: new Date(touched.getTime() - 10 * DAY),
      updatedAt: touched,
      ...extra,
    }),
  });
}

describe('idle reminders', () => {
  it('reminds a draft idle 7 days once, by email, text and in the console, and a second run sends nothing', async () => {
    const { account, draft, mobile } = await draftAtBase();

    clock.set(at(7 * DAY - MINUTE));
    await runIdle();
    expect(await noticesOf(draft.id)).toEqual([]);

    clock.set(at(7 * DAY));
    expect((await runIdle()).reminded).toBeGreaterThanOrEqual(1);
    const params = { orderNo: draft.orderNo, day: '7', expiresAt: at(45 * DAY).toISOString() };
    expect(await noticesOf(draft.id)).toEqual([
      { channel: 'EMAIL', recipient: account.email, template: 'IDLE_REMINDER', params },
      { channel: 'IN_APP', recipient: null, template: 'IDLE_REMINDER', params },
      { channel: 'SMS', recipient: mobile, template: 'IDLE_REMINDER', params },
    ]);

    expect(await runIdle()).toEqual(nothingDue);
    clock.set(at(8 * DAY));
    await runIdle();
    expect(await remindersOf(draft.id)).toEqual(['7']);

    // The words the applicant receives, with the expiry on the Beijing clock.
    await t.app.backgroundJobs.dispatchNotifications();
    const text = await t.db.simSmsMessage.findFirstOrThrow({ where: { mobile, template: 'IDLE_REMINDER' } });
    expect(text.body).toBe(
      `【本云备案】您的备案订单 ${draft.orderNo} 已 7 天未操作，将于 2027-01-15 10:00（北京时间）过期，` +
        '过期后需重新开始备案。请登录控制台继续办理。',
    );
    const mail = await t.db.simMailMessage.findFirstOrThrow({ where: { to: account.email } });
    expect(mail.subject).toBe(`备案订单 ${draft.orderNo} 即将过期`);
  });

  it('sends only the latest reminder due when the run is late, and activity starts the series over', async () => {
    const { client, account, draft } = await draftAtBase();

    clock.set(at(16 * DAY));
    await runIdle();
    expect(await remindersOf(draft.id)).toEqual(['15']);

    // A material upload touches the filing: seven days after it, the 7-day reminder comes again.
    clock.advance(HOUR);
    await signInAgain(client, account);
    const uploaded = await upload(
      client,
      draft.id,
      { kind: 'HANDHELD_CERT_PHOTO' },
      { filename: 'a.jpg', content: jpeg },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    clock.advance(7 * DAY - MINUTE);
    await runIdle();
    expect(await remindersOf(draft.id)).toEqual(['15']);
    clock.advance(MINUTE);
    await runIdle();
    expect(await remindersOf(draft.id)).toEqual(['15', '7']);

    // So does an autosave of the subject step.
    clock.advance(HOUR);
    await signInAgain(client, account);
    const saved = await client.put(`/api/filings/${draft.id}/subject`, {
      version: (await rowOf(draft.id)).version,
      subject: { mailingAddress: '广东省深圳市南山区科技园路2号' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    clock.advance(7 * DAY);
    await runIdle();
    expect(await remindersOf(draft.id)).toEqual(['15', '7', '7']);
  });

  it('texts only a confirmed mobile, and reaches every idle filing however many batches it takes', async () => {
    clock.set(at(100 * DAY));
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    // The principal typed a mobile but never confirmed it with a code.
    const subjectDraft = { principal: { mobile: '13912340000' } };
    const idle = [
      { status: 'DRAFT', days: 7 },
      { status: 'INITIAL_REJECTED', days: 15 },
      { status: 'PHOTO_REJECTED', days: 30 },
    ] as const;
    const rows = [];
    for (const { status, days } of idle) rows.push(await filingIdle(account.id, status, days * DAY, { subjectDraft }));

    expect(await createIdleFilings({ ...jobDeps(), batchSize: 1 })()).toMatchObject({ reminded: 3 });
    const sent = await Promise.all(
      rows.map(async (row) =>
        (await noticesOf(row.id)).map((n) => `${n.channel} ${(n.params as { day: string }).day}`),
      ),
    );
    expect(sent).toEqual(idle.map(({ days }) => [`EMAIL ${days}`, `IN_APP ${days}`]));
  });
});

describe('expiry at 45 idle days', () => {
  it('expires a draft by the system, keeps its data, gives back its subject and domain, and says so', async () => {
    const { client, account, caseId, draft, mobile } = await draftAtBase();
    expect(await t.db.filingLock.count({ where: { filingId: draft.id } })).toBe(2);

    clock.set(at(45 * DAY - MINUTE));
    await runIdle();
    expect((await rowOf(draft.id)).status).toBe('DRAFT');

    clock.set(at(45 * DAY));
    expect((await runIdle()).expired).toBeGreaterThanOrEqual(1);
    const row = await rowOf(draft.id);
    expect(row).toMatchObject({ status: 'EXPIRED', version: draft.version + 1 });
    const events = await t.db.filingEvent.findMany({ where: { filingId: draft.id }, orderBy: { id: 'asc' } });
    expect(events.at(-1)).toMatchObject({
      event: 'expire',
      fromStatus: 'DRAFT',
      toStatus: 'EXPIRED',
      actorRole: 'SYSTEM',
      actorId: null,
      at: at(45 * DAY),
    });
    expect(await t.db.filingLock.count({ where: { filingId: draft.id } })).toBe(0);
    const expiredNotice = { template: 'FILING_EXPIRED', params: { orderNo: draft.orderNo } };
    expect((await noticesOf(draft.id)).filter((n) => n.template === 'FILING_EXPIRED')).toEqual([
      { channel: 'EMAIL', recipient: account.email, ...expiredNotice },
      { channel: 'IN_APP', recipient: null, ...expiredNotice },
      { channel: 'SMS', recipient: mobile, ...expiredNotice },
    ]);

    // The applicant still reads the order as it was left, and may start over with the same subject and domain.
    await signInAgain(client, account);
    const shown = (await client.get(`/api/filings/${draft.id}`)).json() as FilingDetail;
    expect(shown).toMatchObject({ status: 'EXPIRED', nextAction: 'NONE', steps: draft.steps });
    expect(shown.subject).toEqual(draft.subject);
    const reopened = await openFiling(client, caseId);
    expect(reopened.status).toBe('DRAFT');

    expect(await runIdle()).toEqual(nothingDue);
    // The 30-day reminder of the run the minute before, and the expiry notice: nothing more.
    expect(await noticesOf(draft.id)).toHaveLength(3 + 3);
  });

  it('expires a filing idle 45 days waiting for its photo, and gives back the auth code it holds', async () => {
    clock.set(at(200 * DAY));
    const { account } = await freshApplicant(t);
    const code = await freeCode();
    const filing = await filingIdle(account.id, 'PHOTO_PENDING', 45 * DAY, {
      cloudService: { kind: 'AUTH_CODE', code },
    });
    await t.db.filingLock.create({
      data: { kind: 'DOMAIN', key: filing.domainAscii, filingId: filing.id, createdAt: clock.now() },
    });
    expect((await t.adapters.cloud.claimAuthCode(code, filing.id)).ok).toBe(true);
    await t.db.filingEvent.create({
      data: {
        filingId: filing.id,
        event: 'approve',
        fromStatus: 'INITIAL_REVIEW',
        toStatus: 'PHOTO_PENDING',
        actorRole: 'REVIEWER',
        at: filing.updatedAt,
      },
    });

    await runIdle();
    expect((await rowOf(filing.id)).status).toBe('EXPIRED');
    expect(await t.db.filingLock.count({ where: { filingId: filing.id } })).toBe(0);
    expect((await t.adapters.cloud.findAuthCode(code))?.usedByFilingId).toBeNull();
  });

  it('never reminds or expires a filing waiting for the provider’s review, however long', async () => {
    clock.set(at(300 * DAY));
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const waiting = await filingIdle(account.id, 'INITIAL_REVIEW', 50 * DAY);
    const second = await filingIdle(account.id, 'SECOND_REVIEW', 50 * DAY);

    await runIdle();
    for (const filing of [waiting, second]) {
      expect(await rowOf(filing.id)).toMatchObject({ status: filing.status, version: filing.version });
      expect(await noticesOf(filing.id)).toEqual([]);
    }
  });

  it('skips a filing the applicant touched while the run was deciding, without failing the run', async () => {
    const { client, account, draft } = await draftAtBase();
    clock.set(at(45 * DAY));
    await signInAgain(client, account);
    // The run reads the filing, then the applicant uploads a material before the expiry is written.
    const deps = jobDeps();
    const racing = createIdleFilings({
      ...deps,
      filings: {
        ...deps.filings,
        findById: async (id) => {
          const read = await deps.filings.findById(id);
          if (id === draft.id) {
            const res = await upload(client, id, { kind: 'HANDHELD_CERT_PHOTO' }, { filename: 'a.jpg', content: jpeg });
            expect(res.statusCode, res.body).toBe(201);
          }
          return read;
        },
      },
    });

    await racing();
    expect((await rowOf(draft.id)).status).toBe('DRAFT');
    expect((await noticesOf(draft.id)).filter((n) => n.template === 'FILING_EXPIRED')).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('runs on the job runner as filings.idle', async () => {
    const runner = createJobRunner({ db: t.db, clock, jobs: t.app.backgroundJobs.list, log: { error: () => {} } });
    expect(await runner.run('filings.idle')).toBe(true);
    await runner.stop();
    expect(await t.db.jobLease.findUniqueOrThrow({ where: { name: 'filings.idle' } })).toMatchObject({
      lastError: null,
    });
  });
});

/** The job's dependencies over the test app's database and adapters, for runs with other settings. */
function jobDeps(): IdleFilingsDeps {
  const filings = createFilingsRepository(t.db);
  return {
    db: t.db,
    repo: createIdleFilingsRepository(t.db),
    filings,
    applyTransition: createFilingTransitions({ db: t.db, repo: filings, clock }),
    outbox: createNotificationOutbox(createNotificationsRepository(t.db)),
    contactOf: createContactOf(filings),
    cloud: t.adapters.cloud,
    clock,
    log: { warn: (detail) => logged.push(detail), error: (detail) => logged.push(detail) },
  };
}

/** A free auth code on another account's eligible server. */
async function freeCode(): Promise<string> {
  const { account: owner } = await freshApplicant(t);
  const server = await t.db.simCloudResource.findFirstOrThrow({
    where: { accountId: owner.id, name: DEMO_RESOURCE_SET.eligibleCvm.name },
  });
  const issued = await t.adapters.cloud.issueAuthCode(owner.id, server.instanceId);
  if (!issued.ok) throw new Error(`No code issued: ${issued.reason}`);
  return issued.value;
}
