// A queue row's order number opens the filing to read, claiming nothing: the page offers the claim itself.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fake-api.ts';
import { queueItem, queueOf, reviewerWithQueue } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { reviewDetail } from '../review-filing/review-fixtures.ts';

const item = queueItem();

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2026-11-29T06:00:00.000Z') }));
afterEach(() => vi.useRealTimers());

describe('a queue row', () => {
  it('links its order number to the filing, which opens read only without claiming it', async () => {
    const detail = reviewDetail({ claim: null });
    const api = reviewerWithQueue(() => queueOf([item]), {
      [`GET /api/review/filings/${item.id}`]: () =>
        json(200, { ...detail, filing: { ...detail.filing, id: item.id, orderNo: item.orderNo } }),
      'GET /api/review/reasons': () => json(200, { reasons: [] }),
    });
    const { user } = renderApp('/review/initial');

    const table = await screen.findByRole('table', { name: /待初审的订单/ });
    const link = within(table).getByRole('link', { name: item.orderNo });
    expect(link).toHaveAttribute('href', `/review/filings/${item.id}`);
    await user.click(link);

    expect(await screen.findByRole('heading', { level: 1, name: `初审：订单 ${item.orderNo}` })).toBeVisible();
    expect(screen.getByRole('button', { name: '领取并审核' })).toBeVisible();
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([]);
  });
});
