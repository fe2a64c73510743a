// Names and addresses are one line of visible text: a direction override (which makes a name read differently on a
// reviewer's screen and the printed verification sheet) or a control character is refused naming the field, and
// nothing is stored. Free text elsewhere may still hold a line break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filingRow } from '../helpers/filing-rows.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Client;
let filingId: string;

beforeAll(async () => {
  t = await createTestApp();
  const signedIn = await signedInClient(t.app, t.db, 'APPLICANT');
  applicant = signedIn.client;
  filingId = (
    await t.db.filing.create({ data: filingRow({ orderNo: 'BA2026120100003', accountId: signedIn.account.id }) })
  ).id;
});
afterAll(() => t.close());

const refusedField = (res: { statusCode: number; json: () => { errors?: { path: string; message: string }[] } }) => {
  expect(res.statusCode).toBe(400);
  return res.json().errors?.[0];
};

describe('names and addresses', () => {
  it.each([
    [
      'mailingAddress',
      { mailingAddress: '广东省深圳市\u202E号1路园技科' },
      'subject.mailingAddress',
      'direction control U+202E',
    ],
    [
      'certificateAddress',
      { certificateAddress: '广东省\n深圳市' },
      'subject.certificateAddress',
      'control character U+000A',
    ],
    ['originalPrincipalName', { originalPrincipalName: '赵\u2066强\u2069' }, 'subject.originalPrincipalName', 'U+2066'],
    ['principal.name', { principal: { name: '赵强\u0007' } }, 'subject.principal.name', 'control character U+0007'],
  ])('the subject step refuses a %s that does not read as it says', async (_field, subject, path, said) => {
    const res = await applicant.put(`/api/filings/${filingId}/subject`, { version: 1, subject });
    expect(refusedField(res)).toEqual({ path, message: expect.stringContaining(said) });
    expect((await t.db.filing.findUniqueOrThrow({ where: { id: filingId } })).subjectDraft).toEqual({});
  });

  it('sign-up refuses a display name with a direction override', async () => {
    const client = createClient(t.app);
    const res = await client.post('/api/auth/register', {
      email: 'rlo@test.beian.test',
      password: 'Correct-Horse-9',
      displayName: 'admin\u202Enimda',
    });
    expect(refusedField(res)).toEqual({ path: 'displayName', message: expect.stringContaining('U+202E') });
    expect(await t.db.account.count({ where: { email: 'rlo@test.beian.test' } })).toBe(0);
  });

  it('a website principal is a name too', async () => {
    const res = await applicant.put(`/api/filings/${filingId}/websites`, {
      version: 1,
      websites: [
        {
          websiteFilingNo: '粤ICP备12345678号-1',
          confirmed: true,
          cloudService: null,
          principal: {
            sameAsSubject: false,
            name: '李\u200F四',
            certType: 'RESIDENT_ID',
            mobile: '13800138000',
            email: 'li@example.cn',
            emergencyPhone: '020-12345678',
          },
        },
      ],
    });
    expect(refusedField(res)).toEqual({
      path: 'websites.0.principal.name',
      message: expect.stringContaining('direction control U+200F'),
    });
  });
});
