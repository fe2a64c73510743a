// The simulator seed: loads once (a second run inserts nothing), covers every province, keeps certificate numbers
// only hashed and masked, and answers registry look-ups and filing passwords as documented.
import { contentNotAllowedFor, contentTypeCategories, PROVINCE_CODES } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBJECTS } from '../../src/seed/simulators/miit-subjects.seed.ts';
import { IDS, PROVINCE_IDS } from '../../src/seed/simulators/seed-identities.ts';
import { seedSimulators } from '../../src/seed/simulators/seed-simulators.ts';
import { manualClock } from '../helpers/test-app.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './simulator-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

/** Every row of every table in the database, as JSON text. */
async function allRowsAsText(): Promise<Map<string, string[]>> {
  const tables = await t.db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const out = new Map<string, string[]>();
  for (const { table_name } of tables) {
    const rows = await t.db.$queryRawUnsafe<{ j: string }[]>(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`);
    out.set(
      table_name,
      rows.map((r) => r.j),
    );
  }
  return out;
}

describe('simulator seed', () => {
  it('is idempotent: a second run inserts nothing and changes no row', async () => {
    expect(t.seeded).toBeGreaterThan(100);
    const before = await allRowsAsText();
    clock.advance(86_400_000);
    expect(await seedSimulators({ db: t.db, clock, certHashKey: t.config.certHashKey })).toBe(0);
    expect(await allRowsAsText()).toEqual(before);
  });

  it('never stores a certificate number in clear, in any table', async () => {
    const numbers = [...Object.values(IDS), ...Object.values(PROVINCE_IDS)].map((id) => id.certNumber);
    const tables = await allRowsAsText();
    expect(tables.get('SimMiitSubject')?.length).toBeGreaterThan(30);
    for (const [table, rows] of tables) {
      for (const row of rows) {
        const upper = row.toUpperCase();
        for (const n of numbers) expect(upper.includes(n), `${table} holds ${n.slice(0, 4)}…`).toBe(false);
      }
    }
    const subject = await t.db.simMiitSubject.findFirstOrThrow({ where: { name: IDS.chenXiaoming.name } });
    expect(subject.certMasked).toBe('4403**********1313');
  });

  it('has a filed subject in every province, personal and organisations', async () => {
    const subjects = await t.db.simMiitSubject.findMany({ select: { provinceCode: true, nature: true } });
    expect(new Set(subjects.map((s) => s.provinceCode))).toEqual(new Set(PROVINCE_CODES));
    expect(new Set(subjects.map((s) => s.nature))).toEqual(
      new Set(['PERSONAL', 'ENTERPRISE', 'GOVERNMENT', 'PUBLIC_INSTITUTION', 'SOCIAL_ORG']),
    );
  });

  it('files no content that needs a pre-approval on a personal website, as MIIT does not', async () => {
    const websites = await t.db.simMiitWebsite.findMany({ select: { contentType: true, subject: true } });
    const refused = websites.filter(
      (w) => contentNotAllowedFor(w.subject.nature, contentTypeCategories(w.contentType)).length > 0,
    );
    expect(refused.map((w) => w.contentType)).toEqual([]);
  });
});

describe('MIIT registry simulator', () => {
  it('finds a subject by its certificate, with every website and a masked certificate', async () => {
    const subject = await t.adapters.miit.findSubjectByCert(
      'BUSINESS_LICENSE',
      ` ${IDS.pujiang.certNumber.toLowerCase()} `,
    );
    expect(subject).toMatchObject({
      subjectFilingNo: '沪ICP备2015012345号',
      provinceCode: '31',
      nature: 'ENTERPRISE',
      name: IDS.pujiang.name,
      principalName: '周立群',
      mailingAddress: '上海市徐汇区漕溪北路331号',
    });
    expect(subject?.certMasked).toMatch(/^9131\*+[0-9A-Z]{4}$/);
    expect(subject?.websites.map((w) => [w.websiteFilingNo, w.domains])).toEqual([
      ['沪ICP备2015012345号-1', ['pujiang-demo.com.cn']],
      ['沪ICP备2015012345号-2', ['pujiang-docs.cn', 'pujiang-docs.net']],
      ['沪ICP备2015012345号-3', ['pujiang-jobs.com']],
    ]);
    // The same number under another certificate type is another certificate.
    expect(await t.adapters.miit.findSubjectByCert('USCC_CERTIFICATE', IDS.pujiang.certNumber)).toBeNull();
    expect(await t.adapters.miit.findSubjectByCert('RESIDENT_ID', IDS.wuMin.certNumber)).toBeNull();
  });

  it('answers every subject by filing number and by certificate alike, each field as stored', async () => {
    const stored = await t.db.simMiitSubject.findMany({
      include: { websites: { include: { domains: { orderBy: { position: 'asc' } } } } },
    });
    expect(stored.length).toBeGreaterThan(30);
    for (const row of stored) {
      const expected = {
        subjectFilingNo: row.subjectFilingNo,
        provinceCode: row.provinceCode,
        nature: row.nature,
        name: row.name,
        certType: row.certType,
        certMasked: row.certMasked,
        principalName: row.principalName,
        certificateAddress: row.certificateAddress,
        mailingAddress: row.mailingAddress,
        relatedPersons: row.relatedPersons,
        websites: row.websites
          .map((w) => ({
            websiteFilingNo: w.websiteFilingNo,
            name: w.name,
            domains: w.domains.map((d) => d.domain),
            homepageUrl: w.homepageUrl,
            contentType: w.contentType,
            accessProviders: w.accessProviders,
          }))
          .sort((a, b) => (a.websiteFilingNo < b.websiteFilingNo ? -1 : 1)),
      };
      expect(await t.adapters.miit.findSubjectByFilingNo(row.subjectFilingNo)).toEqual(expected);
    }
    const withRelated = stored.find((row) => Array.isArray(row.relatedPersons) && row.relatedPersons.length > 0);
    expect(withRelated).toBeDefined();
    expect(stored.some((row) => row.websites.some((w) => w.domains.length > 1))).toBe(true);
    expect(await t.adapters.miit.findSubjectByFilingNo('粤ICP备0000000000号')).toBeNull();
    const pujiang = await t.adapters.miit.findSubjectByCert('BUSINESS_LICENSE', IDS.pujiang.certNumber);
    expect(pujiang).toEqual(await t.adapters.miit.findSubjectByFilingNo(pujiang?.subjectFilingNo ?? ''));
  });

  it('finds the website of an IDN domain with its subject and access providers', async () => {
    const website = await t.adapters.miit.findWebsiteByDomain('xn--fsq092h.xn--fiqs8s');
    expect(website).toMatchObject({
      subjectFilingNo: '浙ICP备2018023456号',
      websiteFilingNo: '浙ICP备2018023456号-1',
      accessProviders: ['华为云'],
    });
    expect(await t.adapters.miit.findWebsiteByDomain('unfiled-example.cn')).toBeNull();
  });

  it('checks filing passwords without keeping them', async () => {
    const no = '粤ICP备2021034567号';
    expect(await t.adapters.miit.verifyFilingPassword(no, SUBJECTS.chenXiaoming.filingPassword)).toBe(true);
    expect(await t.adapters.miit.verifyFilingPassword(no, 'demo-filing-44a')).toBe(false);
    expect(await t.adapters.miit.verifyFilingPassword(no, '')).toBe(false);
    // Another subject's password does not open this one.
    expect(await t.adapters.miit.verifyFilingPassword(no, SUBJECTS.liNa.filingPassword)).toBe(false);
    expect(await t.adapters.miit.verifyFilingPassword('粤ICP备0000000000号', 'anything')).toBe(false);
    const stored = await t.db.simMiitSubject.findUniqueOrThrow({ where: { subjectFilingNo: no } });
    expect(stored.filingPasswordHash).not.toContain(SUBJECTS.chenXiaoming.filingPassword);
    expect(stored.filingPasswordHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('domain registry simulator', () => {
  it('returns the WHOIS record with the registrant certificate hashed and masked', async () => {
    const record = await t.adapters.registrar.lookup('xn--fsq092h.xn--fiqs8s');
    expect(record).toMatchObject({ unicode: '示例.中国', registrarApproved: true, realNameVerified: true });
    expect(record?.registrant.certHash).toBe(t.adapters.certHasher.hash(IDS.hangzhouNet.certNumber));
    expect(record?.registrant.certMasked).not.toBe(IDS.hangzhouNet.certNumber);
    expect(await t.adapters.registrar.lookup('never-registered-example.cn')).toBeNull();
  });

  it('reads every field of the stored record, whatever the case and spacing of the domain asked for', async () => {
    const stored = await t.db.simDomainRecord.findUniqueOrThrow({ where: { domain: 'xn--fsq092h.xn--fiqs8s' } });
    expect(await t.adapters.registrar.lookup('  XN--FSQ092H.xn--FIQS8S ')).toEqual({
      domain: stored.domain,
      unicode: '示例.中国',
      registrar: stored.registrar,
      registrarApproved: stored.registrarApproved,
      registeredAt: stored.registeredAt,
      expiresAt: stored.expiresAt,
      realNameVerified: stored.realNameVerified,
      registrant: {
        name: stored.registrantName,
        certType: stored.registrantCertType,
        certHash: stored.registrantCertHash,
        certMasked: stored.registrantCertMasked,
      },
    });
    expect(stored.registeredAt.getTime()).toBeLessThan(stored.expiresAt.getTime());
  });
});
