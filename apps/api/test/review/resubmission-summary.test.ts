// The review detail of a resubmitted filing: the previous round's reasons, the fields changed since that rejection
// and the materials uploaded after it; a first round has no summary, and a rejection stored before snapshots were
// kept says the changed fields are not known.
import type { MaterialList, ReviewFilingDetail } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from '../../src/modules/materials/upload/upload.fixtures.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from '../filings/filing-fixtures.ts';
import { type Client, signedInClient } from '../helpers/http-client.ts';
import { manualClock } from '../helpers/test-app.ts';
import { submitBody, upload } from '../materials/materials-fixtures.ts';
import { submittingApplicant } from './submitting-applicant.ts';

const clock = manualClock(new Date('2026-12-03T02:00:00Z'));
let t: SimulatorTestApp;
let applicant: Client;
let reviewer: Client;
let submitted: Awaited<ReturnType<typeof submittingApplicant>>['submitted'];

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
  ({ applicant, submitted } = await submittingApplicant(t));
  ({ client: reviewer } = await signedInClient(t.app, t.db, 'REVIEWER'));
});
afterAll(() => t.close());

const reviewDetail = async (id: string) =>
  (await reviewer.get(`/api/review/filings/${id}`)).json() as ReviewFilingDetail;
const reason = { field: 'subject.mailingAddress', code: 'MAILING_ADDRESS_INCOMPLETE', message: '通信地址不详细。' };

/** Submitted, claimed and rejected with `reason`: the applicant's turn. */
async function rejectedFiling() {
  const filing = await submitted();
  expect((await reviewDetail(filing.id)).resubmission).toBeNull();
  const claim = await reviewer.post(`/api/review/filings/${filing.id}/claim`);
  expect(claim.statusCode, claim.body).toBe(200);
  const rejected = await reviewer.post(`/api/review/filings/${filing.id}/reject`, {
    version: filing.version,
    reasons: [reason],
  });
  expect(rejected.statusCode, rejected.body).toBe(200);
  return { filing, rejectedAt: clock.now(), version: rejected.json().version as number };
}

describe('the resubmission summary', () => {
  it('names the previous reasons, the changed field and the replaced material', async () => {
    const { filing, rejectedAt, version } = await rejectedFiling();
    // While the filing is back with the applicant, it is not a resubmission yet.
    expect((await reviewDetail(filing.id)).resubmission).toBeNull();

    clock.advance(600_000);
    const fixed = await applicant.put(`/api/filings/${filing.id}/subject`, {
      version,
      subject: { mailingAddress: '广东省深圳市南山区科技园路 1 号 2 栋 301 室' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const list = (await applicant.get(`/api/filings/${filing.id}/materials`)).json() as MaterialList;
    const item = list.items.find((i) => i.required && !i.websiteFilingNo && !i.category);
    if (!item) throw new Error('The case asks for no subject material');
    const replaced = await upload(
      applicant,
      filing.id,
      { kind: item.kind },
      { filename: 'b.jpg', content: await photo('jpeg') },
    );
    expect(replaced.statusCode, replaced.body).toBe(201);
    const after = (await t.db.filing.findUniqueOrThrow({ where: { id: filing.id } })).version;
    const again = await applicant.post(`/api/filings/${filing.id}/submit`, submitBody(after));
    expect(again.statusCode, again.body).toBe(200);

    const detail = await reviewDetail(filing.id);
    expect(detail.resubmission).toEqual({
      round: 2,
      rejectedAt: rejectedAt.toISOString(),
      previousReasons: [reason],
      changedFields: ['subject.mailingAddress'],
      replacedMaterials: [replaced.json().id],
    });
    expect(detail.materials.map((m) => m.id)).toContain(replaced.json().id);
    // The snapshot on the rejection holds digests, never the values it saw.
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id, event: 'reject' } });
    expect(JSON.stringify(event.payload)).not.toContain('广东省');
  });

  it('says the changed fields are not known for a rejection stored without a snapshot', async () => {
    const { filing, version } = await rejectedFiling();
    const event = await t.db.filingEvent.findFirstOrThrow({ where: { filingId: filing.id, event: 'reject' } });
    await t.db.filingEvent.update({
      where: { id: event.id },
      data: { payload: { version: filing.version, reasons: [reason] } },
    });
    clock.advance(600_000);
    const again = await applicant.post(`/api/filings/${filing.id}/submit`, submitBody(version));
    expect(again.statusCode, again.body).toBe(200);

    expect((await reviewDetail(filing.id)).resubmission).toEqual({
      round: 2,
      rejectedAt: event.at.toISOString(),
      previousReasons: [reason],
      changedFields: null,
      replacedMaterials: [],
    });
  });
});
