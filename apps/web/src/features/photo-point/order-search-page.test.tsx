// The operator's search as they use it: a found filing with its province and state, an unknown number, a typo.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const ORDER = 'BA2026112900001';

function operatorWith(routes: Record<string, () => Response>) {
  return fakeApi({ 'GET /api/auth/me': () => json(200, { account: account('OPERATOR') }), ...routes });
}

async function search(user: ReturnType<typeof renderApp>['user'], orderNo: string) {
  await user.type(await screen.findByLabelText('备案订单号'), orderNo);
  await user.click(screen.getByRole('button', { name: '查找' }));
}

describe('photo-point order search', () => {
  it('shows the filing’s order number, province and state, and keeps the search in the address', async () => {
    operatorWith({
      [`GET /api/photo-point/orders/${ORDER}`]: () =>
        json(200, { filing: { orderNo: ORDER, status: 'PHOTO_PENDING', province: '44' } }),
    });
    const { router, user } = renderApp('/photo-point');
    await search(user, ` ${ORDER.toLowerCase()} `);

    expect(await screen.findByText('广东')).toBeVisible();
    expect(screen.getByText('待拍照')).toBeVisible();
    expect(router.state.location.search).toBe(`?orderNo=${ORDER}`);
  });

  it('says the number is unknown or not waiting for a photo when the API finds nothing', async () => {
    operatorWith({ [`GET /api/photo-point/orders/${ORDER}`]: () => problem(404, 'NOT_FOUND') });
    const { user } = renderApp('/photo-point');
    await search(user, ORDER);

    expect(await screen.findByText(/没有等待拍照的订单 BA2026112900001：订单号不存在/)).toBeVisible();
  });

  it('explains the order number format before asking the API', async () => {
    const api = operatorWith({});
    const { user } = renderApp('/photo-point');
    await search(user, 'BA123');

    expect(screen.getByLabelText('备案订单号')).toHaveAccessibleDescription(/订单号为 BA 加 13 位数字/);
    expect(api.sent.filter((request) => request.path.startsWith('/api/photo-point'))).toEqual([]);
  });
});
