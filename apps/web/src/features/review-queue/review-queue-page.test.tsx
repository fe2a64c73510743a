// The initial review queue as a reviewer works it: urgent filings first with their time left in words, filters in
// the address, fresh rows without a click, and claim-next into the review page.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../test/fake-api.ts';
import { CLAIMED_ID, queueItem, queueOf, reviewerWithQueue } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const CAPTION = '待初审的订单（按截止时间排列，已超时的在前）';
const QUEUE = 'GET /api/review/queue?stage=INITIAL&limit=100';
const rows = () =>
  within(screen.getByRole('table', { name: CAPTION }))
    .getAllByRole('row')
    .slice(1);

const overdueItem = queueItem({
  id: '3f1c2b4a-1111-4a2b-8c3d-00000000000a',
  orderNo: 'BA2026112700009',
  province: '65',
  nature: 'ENTERPRISE',
  type: 'NEW_WEBSITE',
  submittedAt: '2026-11-27T02:00:00.000Z',
  slaDueAt: '2026-11-29T04:40:00.000Z',
  overdue: true,
  claimedBy: { id: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b99', displayName: '李审核' },
});

// 14:00 in Shanghai.
beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2026-11-29T06:00:00.000Z') }));
afterEach(() => vi.useRealTimers());

describe('initial review queue', () => {
  it('lists the filings in the order given, with waiting time and time left, overdue said in words', async () => {
    reviewerWithQueue(() => queueOf([overdueItem, queueItem()]));
    renderApp('/review/initial');

    expect(await screen.findByRole('heading', { level: 1, name: '初审队列' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: '审核工作台导航' });
    expect(within(nav).getByRole('link', { name: '初审队列' })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('table', { name: CAPTION });
    const headers = within(screen.getByRole('table', { name: CAPTION }))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      '订单号',
      '省份',
      '主体性质',
      '备案类型',
      '已等待',
      '剩余时间（截止时间为北京时间）',
      '审核人',
    ]);

    const [first, second] = rows();
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('BA2026112700009');
    expect(first).toHaveTextContent('新疆');
    expect(first).toHaveTextContent('企业');
    expect(first).toHaveTextContent('新增网站');
    expect(first).toHaveTextContent('2 天 4 小时');
    // 04:40 UTC is 12:40 in Shanghai, an hour and twenty minutes before now.
    expect(first).toHaveTextContent('已超时 1 小时 20 分钟');
    expect(first).toHaveTextContent('截止 2026-11-29 12:40');
    expect(first).toHaveTextContent('李审核 审核中');
    expect(within(second!).getByRole('rowheader')).toHaveTextContent('BA2026112900001');
    expect(second).toHaveTextContent('广东');
    expect(second).toHaveTextContent('1 天');
    expect(second).toHaveTextContent('剩余 1 天 3 小时');
    expect(second).toHaveTextContent('未领取');
    expect(second).not.toHaveTextContent('已超时');
    expect(screen.getByRole('status')).toHaveTextContent('共 2 单待初审 · 其中 1 单已超时');
  });

  it('puts the filters (province, nature, type, overdue) in the address, asks the API for them, and clears them', async () => {
    const api = reviewerWithQueue((query) =>
      query.get('overdue')
        ? queueOf([], { total: 3, byProvince: [{ province: '44', count: 3 }] })
        : queueOf([queueItem()]),
    );
    const { router, user } = renderApp('/review/initial');
    await screen.findByRole('table', { name: CAPTION });
    expect(screen.getByRole('option', { name: '广东（1）' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('省份'), '44');
    await user.selectOptions(screen.getByLabelText('主体性质'), 'PERSONAL');
    await user.selectOptions(screen.getByLabelText('备案类型'), 'ACCESS');
    await user.click(screen.getByLabelText('只看已超时'));

    expect(await screen.findByText('没有符合筛选条件的订单')).toBeVisible();
    expect(router.state.location.search).toBe('?province=44&nature=PERSONAL&type=ACCESS&overdue=true');
    expect(
      api.to('GET /api/review/queue?stage=INITIAL&province=44&nature=PERSONAL&type=ACCESS&overdue=true&limit=100'),
    ).toHaveLength(1);
    expect(screen.getByRole('option', { name: '广东（3）' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await screen.findByRole('table', { name: CAPTION });
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('省份')).toHaveFocus();
  });

  it('keeps a first choice when a second is made before the page has shown the first', async () => {
    const api = reviewerWithQueue((query) => (query.get('overdue') ? queueOf([overdueItem]) : queueOf([queueItem()])));
    const { router, user } = renderApp('/review/initial');
    await screen.findByRole('table', { name: CAPTION });

    // Both in one go, as a quick reviewer on a slow machine does: the address of the first is shown in a transition,
    // which has not rendered when the second choice is made.
    act(() => {
      fireEvent.click(screen.getByLabelText('只看已超时'));
      fireEvent.change(screen.getByLabelText('省份'), { target: { value: '65' } });
    });

    await waitFor(() => expect(router.state.location.search).toBe('?province=65&overdue=true'));
    expect(await screen.findByRole('rowheader', { name: 'BA2026112700009' })).toBeVisible();
    expect(screen.getByLabelText('只看已超时')).toBeChecked();
    expect(screen.getByLabelText('省份')).toHaveValue('65');
    expect(api.to('GET /api/review/queue?stage=INITIAL&province=65&overdue=true&limit=100')).toHaveLength(1);

    // Once shown, the address leads again: the navigation's link clears the filters, and the next choice starts
    // from none rather than from the choices before.
    const nav = screen.getByRole('navigation', { name: '审核工作台导航' });
    await user.click(within(nav).getByRole('link', { name: '初审队列' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await user.selectOptions(screen.getByLabelText('主体性质'), 'PERSONAL');
    await waitFor(() => expect(router.state.location.search).toBe('?nature=PERSONAL'));
    expect(screen.getByLabelText('只看已超时')).not.toBeChecked();
  });

  it('shows new filings within 15 seconds without a click', async () => {
    let items = [queueItem()];
    const api = reviewerWithQueue(() => queueOf(items));
    renderApp('/review/initial');
    await screen.findByRole('table', { name: CAPTION });
    expect(rows()).toHaveLength(1);
    expect(screen.getByText('页面可见时每 15 秒自动刷新。')).toBeVisible();

    items = [overdueItem, ...items];
    await vi.advanceTimersByTimeAsync(15_000);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(api.to(QUEUE).length).toBeGreaterThanOrEqual(2);
  });

  it('claims the next filing and opens its review page', async () => {
    const api = reviewerWithQueue(() => queueOf([queueItem()]), {
      'POST /api/review/claim-next': () => json(200, { filing: queueItem({ id: CLAIMED_ID }) }),
    });
    const { router, user } = renderApp('/review/initial');
    await screen.findByRole('table', { name: CAPTION });

    await user.click(screen.getByRole('button', { name: '领取下一个' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/review/filings/${CLAIMED_ID}`));
    expect(api.to('POST /api/review/claim-next')[0]?.body).toEqual({ stage: 'INITIAL' });
  });

  it('claims within the filters in the address, and says when none of those is free', async () => {
    const api = reviewerWithQueue(() => queueOf([queueItem()]), {
      'POST /api/review/claim-next': () => json(200, { filing: null }),
    });
    const { user } = renderApp('/review/initial?province=36&nature=PERSONAL&overdue=true');
    await screen.findByRole('table', { name: CAPTION });
    expect(screen.getByText(/在当前筛选条件下，领取截止时间最早/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: '领取下一个' }));

    expect(await screen.findByText('当前筛选条件下没有可领取的订单。可清除筛选后再领取。')).toBeVisible();
    expect(api.to('POST /api/review/claim-next')[0]?.body).toEqual({
      stage: 'INITIAL',
      province: '36',
      nature: 'PERSONAL',
      overdue: true,
    });
  });

  it('says so when there is nothing to claim', async () => {
    reviewerWithQueue(() => queueOf([]), { 'POST /api/review/claim-next': () => json(200, { filing: null }) });
    const { router, user } = renderApp('/review/initial');
    expect(await screen.findByText('没有待初审的订单')).toBeVisible();

    await user.click(screen.getByRole('button', { name: '领取下一个' }));

    expect(await screen.findByText(/目前没有可领取的订单/)).toBeVisible();
    expect(router.state.location.pathname).toBe('/review/initial');
  });

  it('explains a failed load and a refused claim in the shared alert', async () => {
    reviewerWithQueue(() => queueOf([]), {
      'GET /api/review/queue': () => problem(403, 'FORBIDDEN'),
      'POST /api/review/claim-next': () => problem(403, 'FORBIDDEN'),
    });
    const { user } = renderApp('/review/initial');

    expect(await screen.findByRole('alert')).toHaveTextContent('初审队列加载失败');
    await user.click(screen.getByRole('button', { name: '领取下一个' }));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('未能领取订单您的角色无权执行此操作。');
  });

  it('refuses a hand-edited address the API would reject, without asking it', async () => {
    const api = reviewerWithQueue(() => queueOf([]));
    renderApp('/review/initial?province=99');

    expect(await screen.findByRole('alert')).toHaveTextContent('此链接中的筛选条件无效，请重新筛选。');
    expect(api.sent.filter((request) => request.path.startsWith('/api/review/queue'))).toEqual([]);
  });

  it('speaks English to a reviewer who reads English', async () => {
    reviewerWithQueue(() => queueOf([overdueItem]), {}, 'en-US');
    renderApp('/review/initial');

    const table = await screen.findByRole('table', { name: /Filings awaiting initial review/ });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('Xinjiang');
    expect(row).toHaveTextContent('Overdue by 1 hour 20 minutes');
    expect(row).toHaveTextContent('2 days 4 hours');
    expect(screen.getByRole('button', { name: 'Claim next' })).toBeVisible();
  });
});
