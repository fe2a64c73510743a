// One photo point's page as an administrator uses it: its details, an edit refused because another admin changed
// the point meanwhile (the latest shown), deactivation after a confirmation that names what it stops, and
// operators placed and removed.
import type { AdminPhotoPointDetail, AssignableOperatorList } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem, type SentRequest } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const ID = '5d0c7a1e-0000-4000-8000-0000000000b1';
const ZHANG = '5d0c7a1e-0000-4000-8000-0000000000c1';
const LIU = '5d0c7a1e-0000-4000-8000-0000000000c2';
const PATH = `/api/admin/photo-points/${ID}`;

const zhang = { id: ZHANG, displayName: '张操作', email: 'zhang@demo.beian.test', active: true };
const liu = { id: LIU, displayName: '刘操作', email: 'liu@demo.beian.test', active: true };

const point = (overrides: Partial<AdminPhotoPointDetail> = {}): AdminPhotoPointDetail => ({
  id: ID,
  province: '44',
  city: '广州市',
  name: '广州天河拍照点',
  address: '广东省广州市天河区天河路 208 号',
  hours: '周一至周五 09:00-17:30',
  phone: '020-3887 1542',
  active: true,
  operatorCount: 1,
  createdAt: '2026-11-29T02:00:00.000Z',
  updatedAt: '2026-11-29T02:00:00.000Z',
  operators: [zhang],
  photoCount: 3,
  ...overrides,
});

const assignable: AssignableOperatorList = {
  operators: [
    { ...liu, point: { id: '5d0c7a1e-0000-4000-8000-0000000000b2', name: '广州越秀拍照点', active: true } },
    { ...zhang, point: { id: ID, name: '广州天河拍照点', active: true } },
  ],
};

function adminApi(routes: Record<string, (request: SentRequest) => Response>) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('ADMIN') }),
    'GET /api/admin/photo-points/operators': () => json(200, assignable),
    ...routes,
  });
}

describe('photo point page', () => {
  it('shows the point’s details in Beijing time with its operators', async () => {
    adminApi({ [`GET ${PATH}`]: () => json(200, point()) });
    renderApp(`/admin/photo-points/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: '广州天河拍照点' })).toBeInTheDocument();
    expect(screen.getByText('广东 / 广州市')).toBeInTheDocument();
    expect(screen.getByText('3 张')).toBeInTheDocument();
    // 02:00 UTC is 10:00 in Beijing (created and last changed at the same moment).
    expect(screen.getAllByText('2026-11-29 10:00')).toHaveLength(2);
    const operators = screen.getByRole('table', { name: '在此拍照点工作的操作员' });
    expect(within(operators).getByRole('rowheader', { name: '张操作' })).toBeInTheDocument();
  });

  it('saves an edit with the version it read; another admin’s change is refused and the latest shown', async () => {
    let current = point();
    const api = adminApi({
      [`GET ${PATH}`]: () => json(200, current),
      [`PATCH ${PATH}`]: () => {
        current = point({ hours: '周一至周六 09:00-18:00', updatedAt: '2026-11-29T03:00:00.000Z' });
        return problem(409, 'STALE_VERSION');
      },
    });
    const { user } = renderApp(`/admin/photo-points/${ID}`);
    await user.click(await screen.findByRole('button', { name: '修改' }));
    const phone = screen.getByLabelText('联系电话');
    await user.clear(phone);
    await user.type(phone, '400-810-9999');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(api.to(`PATCH ${PATH}`)).toHaveLength(1));
    expect(api.to(`PATCH ${PATH}`)[0]?.body).toMatchObject({
      phone: '400-810-9999',
      updatedAt: '2026-11-29T02:00:00.000Z',
    });
    expect(await screen.findByText(/另一位管理员刚刚修改了这个拍照点/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('营业时间')).toHaveValue('周一至周六 09:00-18:00'));
    expect(screen.getByLabelText('联系电话')).toHaveValue('020-3887 1542');
  });

  it('deactivates only after a confirmation that says what it stops, and can reactivate', async () => {
    let current = point();
    const api = adminApi({
      [`GET ${PATH}`]: () => json(200, current),
      [`POST ${PATH}/deactivate`]: () => {
        current = point({ active: false });
        return json(200, current);
      },
      [`POST ${PATH}/activate`]: () => {
        current = point({ active: true });
        return json(200, current);
      },
    });
    const { user } = renderApp(`/admin/photo-points/${ID}`);
    await user.click(await screen.findByRole('button', { name: '停用' }));
    const dialog = screen.getByRole('alertdialog', { name: '停用拍照点“广州天河拍照点”？' });
    expect(dialog).toHaveTextContent('在此工作的 1 名操作员将不能查询订单或提交照片');
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(api.to(`POST ${PATH}/deactivate`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '停用' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '停用' }));
    expect(await screen.findByText('拍照点已停用。')).toBeInTheDocument();
    expect(screen.getByText(/这个拍照点已停用/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '重新启用' }));
    expect(await screen.findByText('拍照点已重新启用。')).toBeInTheDocument();
    expect(api.to(`POST ${PATH}/activate`)).toHaveLength(1);
  });

  it('places an operator from another point and removes one', async () => {
    let current = point();
    const api = adminApi({
      [`GET ${PATH}`]: () => json(200, current),
      [`PUT ${PATH}/operators/${LIU}`]: () => {
        current = point({ operators: [liu, zhang], operatorCount: 2 });
        return json(200, current);
      },
      [`DELETE ${PATH}/operators/${ZHANG}`]: () => {
        current = point({ operators: [liu], operatorCount: 1 });
        return json(200, current);
      },
    });
    const { user } = renderApp(`/admin/photo-points/${ID}`);
    const choice = await screen.findByLabelText('安排操作员到此拍照点');
    // Operators already here are not offered; one placed elsewhere says where.
    await waitFor(() => expect(within(choice).getAllByRole('option')).toHaveLength(2));
    expect(within(choice).getByRole('option', { name: '刘操作（现在：广州越秀拍照点）' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '安排' }));
    expect(screen.getByText('请先选择操作员。')).toBeInTheDocument();
    await user.selectOptions(choice, LIU);
    await user.click(screen.getByRole('button', { name: '安排' }));
    expect(await screen.findByText('已将 刘操作 安排到此拍照点。')).toBeInTheDocument();
    expect(api.to(`PUT ${PATH}/operators/${LIU}`)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: '将 张操作 移出此拍照点' }));
    expect(await screen.findByText('已将 张操作 移出此拍照点。')).toBeInTheDocument();
    const operators = screen.getByRole('table', { name: '在此拍照点工作的操作员' });
    await waitFor(() => expect(within(operators).queryByRole('rowheader', { name: '张操作' })).toBeNull());
  });

  it('says plainly when the point does not exist', async () => {
    adminApi({});
    renderApp(`/admin/photo-points/${ID}`);
    expect(await screen.findByText('没有这个拍照点。')).toBeInTheDocument();
  });
});
