// The second review queue (/review/second): the same page as the initial queue, asking the API for the SECOND stage,
// worded for the second review, and claiming from it.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fake-api.ts';
import { CLAIMED_ID, queueItem, queueOf, reviewerWithQueue } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const CAPTION = '待复审的订单（按截止时间排列，已超时的在前）';
const waiting = queueItem({ status: 'SECOND_REVIEW', orderNo: 'BA2026112900011' });

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2026-11-29T06:00:00.000Z') }));
afterEach(() => vi.useRealTimers());

describe('second review queue', () => {
  it('lists the filings waiting for the second review, from the SECOND queue, in its own words', async () => {
    const api = reviewerWithQueue(() => queueOf([waiting]));
    renderApp('/review/second?province=44');

    expect(await screen.findByRole('heading', { level: 1, name: '复审队列' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: '审核工作台导航' });
    expect(within(nav).getByRole('link', { name: '复审队列' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: CAPTION });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('BA2026112900011');
    expect(screen.getByRole('status')).toHaveTextContent('共 1 单待复审');
    expect(api.to('GET /api/review/queue?stage=SECOND&province=44&limit=100')).not.toHaveLength(0);
  });

  it('says when no filing waits for the second review', async () => {
    reviewerWithQueue(() => queueOf([]));
    renderApp('/review/second');
    expect(await screen.findByText('没有待复审的订单')).toBeVisible();
  });

  it('claims the next filing of the second review within the filters and opens its review page', async () => {
    const api = reviewerWithQueue(() => queueOf([waiting]), {
      'POST /api/review/claim-next': () =>
        json(200, { filing: queueItem({ id: CLAIMED_ID, status: 'SECOND_REVIEW' }) }),
    });
    const { router, user } = renderApp('/review/second?overdue=true');
    await screen.findByRole('table', { name: CAPTION });

    await user.click(screen.getByRole('button', { name: '领取下一个' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/review/filings/${CLAIMED_ID}`));
    expect(api.to('POST /api/review/claim-next')[0]?.body).toEqual({ stage: 'SECOND', overdue: true });
  });
});
