// The photo-point list and the new-point form as an administrator uses them: the table with its status badges and
// count, filters kept in the address, the province/city pickers, the phone and hours rules, and the server's
// refusal placed on its field.
import type { AdminPhotoPoint, AdminPhotoPointDetail } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem, type SentRequest } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const GZ = '5d0c7a1e-0000-4000-8000-0000000000a1';
const HZ = '5d0c7a1e-0000-4000-8000-0000000000a2';

const pointRow = (overrides: Partial<AdminPhotoPoint> = {}): AdminPhotoPoint => ({
  id: GZ,
  province: '44',
  city: '广州市',
  name: '广州天河拍照点',
  address: '广东省广州市天河区天河路 208 号',
  hours: '周一至周五 09:00-17:30',
  phone: '020-3887 1542',
  active: true,
  operatorCount: 2,
  createdAt: '2026-11-29T02:00:00.000Z',
  updatedAt: '2026-11-29T02:00:00.000Z',
  ...overrides,
});

const detailOf = (point: AdminPhotoPoint): AdminPhotoPointDetail => ({ ...point, operators: [], photoCount: 0 });

function adminApi(routes: Record<string, (request: SentRequest) => Response> = {}) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('ADMIN') }),
    'GET /api/admin/photo-points/operators': () => json(200, { operators: [] }),
    ...routes,
  });
}

describe('photo points list', () => {
  it('shows every point with its region, operators and status badge, and the count', async () => {
    adminApi({
      'GET /api/admin/photo-points': () =>
        json(200, {
          total: 2,
          points: [
            pointRow(),
            pointRow({
              id: HZ,
              province: '33',
              city: '杭州市',
              name: '杭州西湖拍照点',
              active: false,
              operatorCount: 0,
            }),
          ],
        }),
    });
    renderApp('/admin/photo-points');

    const table = await screen.findByRole('table', { name: '拍照点（按省份、城市、名称排列）' });
    expect(screen.getByText('共 2 个拍照点')).toBeInTheDocument();
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: '广州天河拍照点' })).toHaveAttribute(
      'href',
      `/admin/photo-points/${GZ}`,
    );
    expect(first).toHaveTextContent('广东 / 广州市');
    expect(first).toHaveTextContent('2 人');
    expect(first).toHaveTextContent('启用');
    expect(second).toHaveTextContent('已停用');
    expect(screen.getByRole('link', { name: '拍照点' })).toHaveAttribute('aria-current', 'page');
  });

  it('applies the filters through the address and asks the API with them', async () => {
    const api = adminApi({ 'GET /api/admin/photo-points': () => json(200, { total: 0, points: [] }) });
    const { user, router } = renderApp('/admin/photo-points');
    await screen.findByText('没有符合条件的拍照点');

    await user.type(screen.getByLabelText('搜索'), '天河');
    await user.selectOptions(screen.getByLabelText('省份'), '44');
    const city = screen.getByLabelText('城市');
    await waitFor(() => expect(within(city).getByRole('option', { name: '广州市' })).toBeInTheDocument());
    await user.selectOptions(city, '广州市');
    await user.selectOptions(screen.getByLabelText('状态'), 'false');
    await user.click(screen.getByRole('button', { name: '筛选' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?q=${encodeURIComponent('天河')}&province=44&city=${encodeURIComponent('广州市')}&active=false`,
      ),
    );
    await waitFor(() => expect(api.sent.at(-1)?.path).toContain('/api/admin/photo-points?q='));
    const asked = new URL(api.sent.at(-1)!.path, 'http://x').searchParams;
    expect(Object.fromEntries(asked)).toEqual({ q: '天河', province: '44', city: '广州市', active: 'false' });

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});

describe('new photo point', () => {
  it('checks the phone and opening hours before sending, then creates the point and opens its page', async () => {
    const api = adminApi({
      'POST /api/admin/photo-points': ({ body }) =>
        json(201, detailOf(pointRow({ ...(body as object), operatorCount: 0 }))),
      [`GET /api/admin/photo-points/${GZ}`]: () => json(200, detailOf(pointRow())),
    });
    const { user, router } = renderApp('/admin/photo-points/new');

    await user.type(await screen.findByLabelText('名称'), '广州天河拍照点');
    await user.selectOptions(screen.getByLabelText('省份'), '44');
    const city = screen.getByLabelText('城市');
    await waitFor(() => expect(within(city).getByRole('option', { name: '广州市' })).toBeInTheDocument());
    await user.selectOptions(city, '广州市');
    await user.type(screen.getByLabelText('详细地址'), '广东省广州市天河区天河路 208 号');
    await user.type(screen.getByLabelText('营业时间'), '工作日上午');
    await user.type(screen.getByLabelText('联系电话'), '3887 1542');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('营业时间须包含时间段，如 周一至周五 09:00-17:30')).toBeInTheDocument();
    expect(screen.getByText('座机号码前请加区号，如 010-12345678')).toBeInTheDocument();
    expect(screen.getByLabelText('联系电话')).toHaveAttribute('aria-invalid', 'true');
    expect(api.to('POST /api/admin/photo-points')).toHaveLength(0);

    await user.clear(screen.getByLabelText('营业时间'));
    await user.type(screen.getByLabelText('营业时间'), '周一至周五 09:00-17:30');
    await user.clear(screen.getByLabelText('联系电话'));
    await user.type(screen.getByLabelText('联系电话'), '020-3887 1542');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/admin/photo-points/${GZ}`));
    expect(api.to('POST /api/admin/photo-points')[0]?.body).toEqual({
      name: '广州天河拍照点',
      province: '44',
      city: '广州市',
      address: '广东省广州市天河区天河路 208 号',
      hours: '周一至周五 09:00-17:30',
      phone: '020-3887 1542',
    });
    expect(await screen.findByText('拍照点已创建并启用。')).toBeInTheDocument();
  });

  it('puts the API’s refusal on the field it names', async () => {
    adminApi({
      'POST /api/admin/photo-points': () =>
        problem(400, 'VALIDATION_FAILED', { errors: [{ path: 'city', message: '所选城市不属于该省份' }] }),
    });
    const { user } = renderApp('/admin/photo-points/new');
    await user.type(await screen.findByLabelText('名称'), '广州天河拍照点');
    await user.selectOptions(screen.getByLabelText('省份'), '44');
    const city = screen.getByLabelText('城市');
    await waitFor(() => expect(within(city).getByRole('option', { name: '广州市' })).toBeInTheDocument());
    await user.selectOptions(city, '广州市');
    await user.type(screen.getByLabelText('详细地址'), '广东省广州市天河区天河路 208 号');
    await user.type(screen.getByLabelText('营业时间'), '周一至周五 09:00-17:30');
    await user.type(screen.getByLabelText('联系电话'), '020-3887 1542');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('所选城市不属于该省份')).toBeInTheDocument();
    expect(screen.getByLabelText('城市')).toHaveAttribute('aria-invalid', 'true');
  });
});
