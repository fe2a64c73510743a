// GET /api/photo-points and the demo seed behind it: every active point, grouped by province and city, the asked
// province first; words found in the province, city, name or address; a point in every mainland province.
import { PROVINCES } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPERATOR_EMAIL } from '../../src/seed/demo-accounts.ts';
import { DEMO_OPERATOR_POINT } from '../../src/seed/photo-points/photo-points.data.ts';
import { seedPhotoPoints } from '../../src/seed/photo-points/photo-points.seed.ts';
import { createClient, signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

type Directory = {
  total: number;
  provinces: { province: string; cities: { city: string; points: { name: string; mapUrl: string }[] }[] }[];
};

let t: TestApp;
let directory: (query?: string) => Promise<Directory>;

beforeAll(async () => {
  t = await createTestApp();
  // The demo operator exists before the points, as on a console started with demo data.
  await t.db.account.create({
    data: {
      email: DEMO_OPERATOR_EMAIL,
      displayName: '拍照点操作员',
      role: 'OPERATOR',
      passwordHash: 'x',
      createdAt: t.app.clock.now(),
      updatedAt: t.app.clock.now(),
    },
  });
  expect(await seedPhotoPoints(t.db, t.app.clock)).toBeGreaterThan(31);
  const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
  directory = async (query = '') => {
    const res = await client.get(`/api/photo-points${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
});
afterAll(() => t.close());

const names = (d: Directory) => d.provinces.flatMap((p) => p.cities.flatMap((c) => c.points.map((x) => x.name)));

describe('the demo photo points', () => {
  it('cover every mainland province, several where many applicants live, and place the demo operator', async () => {
    const all = await directory();
    expect(all.provinces.map((p) => p.province).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    const count = (code: string) => all.provinces.find((p) => p.province === code)?.cities.flatMap((c) => c.points);
    for (const large of ['11', '31', '32', '33', '37', '44', '51']) expect(count(large)?.length).toBeGreaterThan(1);
    const operator = await t.db.account.findUniqueOrThrow({
      where: { email: DEMO_OPERATOR_EMAIL },
      include: { photoPoint: true },
    });
    expect(operator.photoPoint?.name).toBe(DEMO_OPERATOR_POINT);
  });

  it('are loaded once: a second run inserts nothing', async () => {
    const before = await t.db.photoPoint.count();
    expect(await seedPhotoPoints(t.db, t.app.clock)).toBe(0);
    expect(await t.db.photoPoint.count()).toBe(before);
  });
});

describe('GET /api/photo-points', () => {
  it("lists the applicant's province first, then the others in code order, cities grouped", async () => {
    const all = await directory('?province=51');
    const codes = all.provinces.map((p) => p.province);
    expect(codes[0]).toBe('51');
    expect(codes.slice(1)).toEqual(PROVINCES.map((p) => p.code).filter((c) => c !== '51'));
    const guangdong = all.provinces.find((p) => p.province === '44');
    expect(guangdong?.cities.map((c) => c.city)).toEqual(expect.arrayContaining(['广州市', '深圳市']));
    expect(guangdong?.cities.find((c) => c.city === '深圳市')?.points).toHaveLength(2);
    expect(all.total).toBe(await t.db.photoPoint.count({ where: { active: true } }));
  });

  it('finds points by city, by province name in Chinese or English, and by words of the address', async () => {
    expect(names(await directory(`?q=${encodeURIComponent('深圳')}`)).sort()).toEqual([
      '深圳南山拍照点',
      '深圳福田拍照点',
    ]);
    const sichuan = await directory('?q=sichuan');
    expect(sichuan.provinces.map((p) => p.province)).toEqual(['51']);
    const both = await directory(`?q=${encodeURIComponent('上海 静安')}`);
    expect(names(both)).toEqual(['上海静安拍照点']);
    expect(await directory(`?q=${encodeURIComponent('不存在的地方')}`)).toEqual({ total: 0, provinces: [] });
  });

  it('gives each point a map search of its address', async () => {
    const [point] = (await directory(`?q=${encodeURIComponent('拉萨')}`)).provinces[0]?.cities[0]?.points ?? [];
    const row = await t.db.photoPoint.findFirstOrThrow({ where: { name: '拉萨拍照点' } });
    expect(point?.mapUrl).toBe(`https://uri.amap.com/search?keyword=${encodeURIComponent(row.address)}`);
  });

  it('leaves out inactive points', async () => {
    await t.db.photoPoint.updateMany({ where: { name: '无锡拍照点' }, data: { active: false } });
    expect(names(await directory(`?q=${encodeURIComponent('无锡')}`))).toEqual([]);
    expect(names(await directory('?province=32'))).not.toContain('无锡拍照点');
  });

  it('answers anyone signed in, and no one else', async () => {
    const { client: operator } = await signedInClient(t.app, t.db, 'OPERATOR');
    expect((await operator.get('/api/photo-points')).statusCode).toBe(200);
    expect((await createClient(t.app).get('/api/photo-points')).statusCode).toBe(401);
    const { client } = await signedInClient(t.app, t.db, 'APPLICANT');
    expect((await client.get('/api/photo-points?province=4')).statusCode).toBe(400);
  });
});
