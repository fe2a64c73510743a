// A filing read as one JSON value (decision 054) is the row Prisma reads, field for field: every timestamp a Date
// to the millisecond whatever the session's time zone, the JSON columns as objects, the nulls as nulls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILING_JSON, type FilingJsonRow, filingFromJson } from '../../src/modules/filings/filing-json.ts';
import { filingRow } from '../helpers/filing-rows.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The filing as FILING_JSON reads it, in a session whose time zone is `zone`. */
async function readAsJson(id: string, zone: string) {
  const [read] = await t.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT set_config('TimeZone', $1, true)`, zone);
    return tx.$queryRawUnsafe<{ filing: FilingJsonRow }[]>(
      `SELECT ${FILING_JSON} FROM "Filing" f WHERE f."id" = $1`,
      id,
    );
  });
  if (!read) throw new Error(`filing ${id} not read`);
  return filingFromJson(read.filing);
}

describe('filingFromJson', () => {
  it('gives back the row Prisma reads, with every timestamp set or null, in any session time zone', async () => {
    const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
    const at = (iso: string) => new Date(iso);
    const full = await t.db.filing.create({
      data: filingRow({
        orderNo: 'BJ2026120500001',
        accountId: account.id,
        status: 'INITIAL_REVIEW',
        claimExpiresAt: at('2026-12-05T03:04:05.678Z'),
        passwordVerifiedAt: at('2026-12-01T00:00:00.001Z'),
        mobileVerifiedAt: at('2026-12-01T23:59:59.999Z'),
        slaDueAt: at('2026-12-07T16:00:00.000Z'),
        submittedAt: at('2026-12-04T08:30:00.120Z'),
        agreementAcceptedAt: at('2026-12-02T12:00:00.500Z'),
        subjectFilingNo: '粤ICP备2021034567号',
        verifyChecks: [{ name: 'domain', status: 'pass' }],
        subjectDraft: { name: '陈小明', nested: { list: [1, 2] } },
        websites: [{ name: '小明的博客' }],
        provinceRulesVersion: 3,
        suffixListVersion: 7,
      }),
    });
    const bare = await t.db.filing.create({ data: filingRow({ orderNo: 'BJ2026120500002', accountId: account.id }) });

    for (const zone of ['UTC', 'Asia/Shanghai', 'America/St_Johns']) {
      for (const row of [full, bare]) {
        const read = await readAsJson(row.id, zone);
        expect(read, zone).toEqual(row);
        expect(read.createdAt).toBeInstanceOf(Date);
      }
    }
    expect((await readAsJson(full.id, 'Asia/Shanghai')).claimExpiresAt?.toISOString()).toBe('2026-12-05T03:04:05.678Z');
  });
});
