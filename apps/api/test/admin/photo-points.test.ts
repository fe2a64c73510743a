// /api/admin/photo-points: creating and editing points (validated, guarded against two admins overwriting each
// other), deactivating and reactivating them, placing operators, and what that changes for applicants (the directory)
// and operators (OPERATOR_WITHOUT_POINT). Every write leaves one audit row with the changed fields before and after.

import { CreatePhotoPointSchema } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_POINT_SEEDS, WEEKDAY_HOURS } from '../../src/seed/photo-points/photo-points.data.ts';
import { type Client, createClient, signedInClient } from '../helpers/http-client.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';
import { operatorAt } from '../photo-point/operator-fixtures.ts';

const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInClient>>;
let applicant: Client;

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await signedInClient(t.app, t.db, 'ADMIN');
  applicant = (await signedInClient(t.app, t.db, 'APPLICANT')).client;
});
afterAll(() => t.close());

let numbered = 0;
const fields = (extra: Record<string, unknown> = {}) => {
  numbered += 1;
  return {
    province: '44',
    city: '广州市',
    name: `广州越秀拍照点 ${numbered}`,
    address: '广东省广州市越秀区中山五路 219 号 12 楼',
    hours: '周一至周五 09:00-17:30（法定节假日除外）',
    phone: '020-8888 1234',
    ...extra,
  };
};

async function create(extra: Record<string, unknown> = {}) {
  const res = await admin.client.post('/api/admin/photo-points', fields(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const auditOf = (targetId: string, action: string) =>
  t.db.auditLog.findMany({ where: { targetId, action }, orderBy: { id: 'asc' } });

async function directoryNames(q: string) {
  const res = await applicant.get(`/api/photo-points?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  const directory = res.json() as { provinces: { cities: { points: { name: string }[] }[] }[] };
  return directory.provinces.flatMap((p) => p.cities.flatMap((c) => c.points.map((x) => x.name)));
}

describe('who may manage photo points', () => {
  it('answers 401 to the anonymous and 403 to other roles, before looking at the request', async () => {
    const anonymous = createClient(t.app);
    await anonymous.fetchCsrf();
    expect((await anonymous.get('/api/admin/photo-points')).statusCode).toBe(401);
    expect((await anonymous.post('/api/admin/photo-points', { nonsense: true })).statusCode).toBe(401);
    for (const role of ['APPLICANT', 'REVIEWER', 'OPERATOR'] as const) {
      const { client } = await signedInClient(t.app, t.db, role);
      expect((await client.get('/api/admin/photo-points')).statusCode).toBe(403);
      expect((await client.patch('/api/admin/photo-points/not-a-uuid', {})).statusCode).toBe(403);
    }
  });
});

describe('creating a point', () => {
  it('creates an active point, audits its fields, and applicants find it at once', async () => {
    const point = await create({ name: '广州越秀新建拍照点' });
    expect(point).toMatchObject({ active: true, province: '44', city: '广州市', operators: [], photoCount: 0 });
    const [entry] = await auditOf(point.id, 'photoPoint.create');
    expect(entry).toMatchObject({
      actorId: admin.account.id,
      targetType: 'photoPoint',
      before: null,
      after: expect.objectContaining({ name: '广州越秀新建拍照点', province: '广东省', city: '广州市', active: true }),
    });
    expect(entry?.requestId).toBeTruthy();
    expect(await directoryNames('越秀新建')).toEqual(['广州越秀新建拍照点']);
  });

  it.each([
    ['phone', { phone: '8888 1234' }],
    ['phone', { phone: '12345' }],
    ['hours', { hours: '工作日上午' }],
    ['hours', { hours: '周一至周五 17:30-09:00' }],
    ['hours', { hours: '' }],
    ['province', { province: '99' }],
    ['name', { name: '  ' }],
  ])('refuses a wrong %s with VALIDATION_FAILED naming the field', async (field, extra) => {
    const before = await t.db.photoPoint.count();
    const res = await admin.client.post('/api/admin/photo-points', fields(extra));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path.replace(/^body\./, ''))).toContain(field);
    expect(await t.db.photoPoint.count()).toBe(before);
  });

  it('refuses a city that is not in the chosen province', async () => {
    const res = await admin.client.post('/api/admin/photo-points', fields({ province: '44', city: '杭州市' }));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'city' }] });
  });

  it('takes every demo point as it is seeded (their phones, hours and cities pass the same rules)', () => {
    for (const seed of PHOTO_POINT_SEEDS) {
      const parsed = CreatePhotoPointSchema.safeParse({ ...seed, hours: seed.hours ?? WEEKDAY_HOURS });
      expect(parsed.success, `${seed.name}: ${parsed.error?.message}`).toBe(true);
    }
  });
});

describe('editing a point', () => {
  it('changes only what was sent, audits the changed fields before and after, and shows in the directory', async () => {
    const point = await create({ name: '广州越秀改名前拍照点' });
    const res = await admin.client.patch(`/api/admin/photo-points/${point.id}`, {
      updatedAt: point.updatedAt,
      name: '广州越秀改名后拍照点',
      phone: '400-810-9999',
      address: point.address,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: '广州越秀改名后拍照点', phone: '400-810-9999', hours: point.hours });
    expect(res.json().updatedAt).not.toBe(point.updatedAt);
    const [entry] = await auditOf(point.id, 'photoPoint.update');
    expect(entry?.before).toEqual({ name: '广州越秀改名前拍照点', phone: '020-8888 1234' });
    expect(entry?.after).toEqual({ name: '广州越秀改名后拍照点', phone: '400-810-9999' });
    expect(await directoryNames('越秀改名')).toEqual(['广州越秀改名后拍照点']);
  });

  it('masks a mobile number in the audit log', async () => {
    const point = await create({ phone: '13800138000' });
    await admin.client.patch(`/api/admin/photo-points/${point.id}`, {
      updatedAt: point.updatedAt,
      phone: '010-12345678',
    });
    const [created] = await auditOf(point.id, 'photoPoint.create');
    expect(created?.after).toMatchObject({ phone: '138****8000' });
    const [entry] = await auditOf(point.id, 'photoPoint.update');
    expect(entry).toMatchObject({ before: { phone: '138****8000' }, after: { phone: '010-12345678' } });
  });

  it('refuses the second of two edits made from the same reading with STALE_VERSION, keeping the first', async () => {
    const point = await create();
    const first = await admin.client.patch(`/api/admin/photo-points/${point.id}`, {
      updatedAt: point.updatedAt,
      hours: '周一至周六 09:00-18:00',
    });
    expect(first.statusCode, first.body).toBe(200);
    const other = await signedInClient(t.app, t.db, 'ADMIN');
    const second = await other.client.patch(`/api/admin/photo-points/${point.id}`, {
      updatedAt: point.updatedAt,
      hours: '周一至周五 08:30-17:00',
    });
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json().code).toBe('STALE_VERSION');
    expect((await t.db.photoPoint.findUniqueOrThrow({ where: { id: point.id } })).hours).toBe('周一至周六 09:00-18:00');
    expect(await auditOf(point.id, 'photoPoint.update')).toHaveLength(1);
  });

  it('refuses a wrong phone or a city outside the province on edit, changing nothing', async () => {
    const point = await create();
    for (const body of [{ phone: '6528 8888' }, { city: '成都市' }]) {
      const res = await admin.client.patch(`/api/admin/photo-points/${point.id}`, {
        updatedAt: point.updatedAt,
        ...body,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    const moved = await admin.client.patch(`/api/admin/photo-points/${point.id}`, {
      updatedAt: point.updatedAt,
      province: '51',
      city: '成都市',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await auditOf(point.id, 'photoPoint.update')).toHaveLength(1);
  });

  it('answers 404 for a point that does not exist', async () => {
    const res = await admin.client.get('/api/admin/photo-points/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});

describe('deactivating and reactivating', () => {
  it('hides the point from applicants and refuses its operator, and brings both back when reactivated', async () => {
    const point = await create({ name: '广州越秀停用测试拍照点' });
    const operator = await operatorAt(t, point.id);
    const lookup = () => operator.client.get('/api/photo-point/orders/BA2026120799999');
    expect((await lookup()).statusCode).toBe(404);

    const off = await admin.client.post(`/api/admin/photo-points/${point.id}/deactivate`);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, operators: [{ id: operator.account.id }] });
    expect(await directoryNames('停用测试')).toEqual([]);
    const refused = await lookup();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('OPERATOR_WITHOUT_POINT');
    const [entry] = await auditOf(point.id, 'photoPoint.deactivate');
    expect(entry).toMatchObject({ before: { active: true }, after: { active: false }, detail: { operators: 1 } });

    // A second deactivation changes nothing and writes nothing.
    expect((await admin.client.post(`/api/admin/photo-points/${point.id}/deactivate`)).statusCode).toBe(200);
    expect(await auditOf(point.id, 'photoPoint.deactivate')).toHaveLength(1);

    const on = await admin.client.post(`/api/admin/photo-points/${point.id}/activate`);
    expect(on.json()).toMatchObject({ active: true });
    expect(await directoryNames('停用测试')).toEqual(['广州越秀停用测试拍照点']);
    expect((await lookup()).statusCode).toBe(404);
    expect(await auditOf(point.id, 'photoPoint.activate')).toMatchObject([
      { before: { active: false }, after: { active: true } },
    ]);
  });

  it('lists points filtered by text, province, city and active flag', async () => {
    const a = await create({ name: '筛选甲拍照点', address: '广东省广州市天河区体育西路 1 号' });
    const b = await create({
      name: '筛选乙拍照点',
      province: '33',
      city: '杭州市',
      address: '浙江省杭州市西湖区 2 号',
    });
    await admin.client.post(`/api/admin/photo-points/${b.id}/deactivate`);
    const names = async (query: string) => {
      const res = await admin.client.get(`/api/admin/photo-points?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().points as { name: string }[]).map((p) => p.name).filter((n) => n.startsWith('筛选'));
    };
    // Zhejiang (33) before Guangdong (44): GB/T 2260 order.
    expect(await names('q=筛选')).toEqual(['筛选乙拍照点', '筛选甲拍照点']);
    expect(await names(`q=${encodeURIComponent('体育西路')}`)).toEqual(['筛选甲拍照点']);
    expect(await names('q=筛选&province=33')).toEqual(['筛选乙拍照点']);
    expect(await names(`q=筛选&city=${encodeURIComponent('广州市')}`)).toEqual(['筛选甲拍照点']);
    expect(await names('q=筛选&active=true')).toEqual(['筛选甲拍照点']);
    expect(await names('q=筛选&active=false')).toEqual(['筛选乙拍照点']);
    expect((await admin.client.get('/api/admin/photo-points?active=maybe')).statusCode).toBe(400);
    expect(a.id).not.toBe(b.id);
  });
});

describe('operators at a point', () => {
  it('places an operator, moves it to another point, and takes it off, auditing the point before and after', async () => {
    const first = await create({ name: '操作员甲点' });
    const second = await create({ name: '操作员乙点' });
    const operator = await operatorAt(t, null);

    const listed = await admin.client.get('/api/admin/photo-points/operators');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().operators).toContainEqual(expect.objectContaining({ id: operator.account.id, point: null }));

    const placed = await admin.client.put(`/api/admin/photo-points/${first.id}/operators/${operator.account.id}`);
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json().operators.map((o: { id: string }) => o.id)).toEqual([operator.account.id]);
    expect(placed.json().operatorCount).toBe(1);
    expect((await operator.client.get('/api/photo-point/orders/BA2026120799999')).statusCode).toBe(404);

    const moved = await admin.client.put(`/api/admin/photo-points/${second.id}/operators/${operator.account.id}`);
    expect(moved.json().operators).toHaveLength(1);
    expect((await admin.client.get(`/api/admin/photo-points/${first.id}`)).json().operators).toEqual([]);
    expect(await auditOf(second.id, 'photoPoint.assignOperator')).toMatchObject([
      {
        before: { photoPoint: '操作员甲点' },
        after: { photoPoint: '操作员乙点' },
        detail: { operatorId: operator.account.id },
      },
    ]);

    const off = await admin.client.delete(`/api/admin/photo-points/${second.id}/operators/${operator.account.id}`);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().operators).toEqual([]);
    expect(await auditOf(second.id, 'photoPoint.unassignOperator')).toMatchObject([
      { before: { photoPoint: '操作员乙点' }, after: { photoPoint: null } },
    ]);
    const refused = await operator.client.get('/api/photo-point/orders/BA2026120799999');
    expect(refused.json().code).toBe('OPERATOR_WITHOUT_POINT');
  });

  it('refuses to place an account that is not an operator', async () => {
    const point = await create();
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const res = await admin.client.put(`/api/admin/photo-points/${point.id}/operators/${reviewer.account.id}`);
    expect(res.statusCode).toBe(404);
    expect((await t.db.account.findUniqueOrThrow({ where: { id: reviewer.account.id } })).photoPointId).toBeNull();
  });
});
