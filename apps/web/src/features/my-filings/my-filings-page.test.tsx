// "My filings": each order with its status and next step linked into the wizard; abandoning an order from the
// wizard comes back here and says so.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../test/filing-fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { stubScreenWidth } from '../../test/screen-width.ts';

const { verify: _v, subject: _s, websites: _w, steps: _st, ...summary } = filingDetail();

const reviewed = {
  ...summary,
  id: '3f1c1b7e-2b7a-4a1e-9a33-2f6f0b1f2c12',
  orderNo: 'BA2026112000001',
  status: 'INITIAL_REVIEW' as const,
  nextAction: 'WAIT_FOR_REVIEW' as const,
  updatedAt: '2026-11-20T02:00:00.000Z',
};

function api(filings = [summary]) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    'GET /api/filings': () => json(200, { filings }),
    [`GET /api/filings/${FILING_ID}`]: () => json(200, filingDetail()),
    [`POST /api/filings/${FILING_ID}/abandon`]: () => json(200, { ...summary, status: 'ABANDONED', version: 4 }),
  });
}

describe('my filings', () => {
  it('lists each order with its type, status and next step as a link into the wizard', async () => {
    api([reviewed, summary]);
    renderApp('/console');

    const rows = within(await screen.findByRole('table', { name: '备案订单列表' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const draft = rows[1] as HTMLElement;
    expect(draft).toHaveTextContent('BA2026112900007');
    expect(draft).toHaveTextContent('接入备案');
    expect(draft).toHaveTextContent('pujiang-demo.com.cn');
    expect(draft).toHaveTextContent('草稿');
    expect(draft).toHaveTextContent('2026-11-29 10:10');
    expect(within(draft).getByRole('link', { name: /填写主体信息/ })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/subject`,
    );
    expect(rows[2]).toHaveTextContent('初审中');
    expect(within(rows[2] as HTMLElement).queryByRole('link', { name: /等待审核/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: '开始备案' })).toHaveAttribute(
      'href',
      '/console/filings/new',
    );
  });

  it('explains access filing and where to start when there is no order yet', async () => {
    api([]);
    renderApp('/console');

    expect(await screen.findByText('您还没有备案订单')).toBeVisible();
    expect(screen.getByRole('link', { name: '开始前需要准备什么？' })).toHaveAttribute('href', '/console/filings/new');
  });

  it('abandons an order after asking, and says so back on the list', async () => {
    const sent = api();
    const { user, router } = renderApp(`/console/filings/${FILING_ID}/subject`);
    await user.click(await screen.findByRole('button', { name: '放弃订单' }));

    const dialog = screen.getByRole('alertdialog', { name: '放弃订单 BA2026112900007？' });
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '确认放弃' }));

    expect(await screen.findByText('订单 BA2026112900007 已放弃。')).toBeVisible();
    expect(router.state.location.pathname).toBe('/console');
    expect(sent.to(`POST /api/filings/${FILING_ID}/abandon`)[0]?.body).toEqual({ version: 3 });
  });

  it('returns to the list at once after abandoning, without waiting for the page it leaves to load again', async () => {
    let detailReads = 0;
    const sent = fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      'GET /api/filings': () => json(200, { filings: [{ ...summary, status: 'ABANDONED', version: 4 }] }),
      // The first read answers; any later one (a reload of the page being left) never does.
      [`GET /api/filings/${FILING_ID}`]: () =>
        detailReads++ === 0 ? json(200, filingDetail()) : new Promise<Response>(() => {}),
      [`POST /api/filings/${FILING_ID}/abandon`]: () => json(200, { ...summary, status: 'ABANDONED', version: 4 }),
    });
    const { user, router } = renderApp(`/console/filings/${FILING_ID}/subject`);
    await user.click(await screen.findByRole('button', { name: '放弃订单' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确认放弃' }));

    expect(await screen.findByText('订单 BA2026112900007 已放弃。')).toBeVisible();
    expect(router.state.location.pathname).toBe('/console');
    expect(within(await screen.findByRole('table', { name: '备案订单列表' })).getByText('已放弃')).toBeVisible();
    expect(sent.to('GET /api/filings')).toHaveLength(1);
  });

  it('shows each order as a card on a phone, newest first, with its number, domain, status and next step', async () => {
    stubScreenWidth(390);
    api([reviewed, summary]);
    renderApp('/console');

    const cards = within(await screen.findByRole('list', { name: '备案订单列表' })).getAllByRole('listitem');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cards).toHaveLength(2);
    const draft = cards[0] as HTMLElement;
    expect(within(draft).getByRole('link', { name: 'BA2026112900007' })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}`,
    );
    expect(draft).toHaveTextContent('pujiang-demo.com.cn');
    expect(draft).toHaveTextContent('草稿');
    expect(draft).toHaveTextContent('2026-11-29 10:10');
    expect(within(draft).getByRole('link', { name: /填写主体信息/ })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/subject`,
    );
    expect(cards[1]).toHaveTextContent('BA2026112000001');
    expect(cards[1]).toHaveTextContent('初审中');
    expect(within(cards[1] as HTMLElement).getByRole('button', { name: '撤销提交' })).toBeVisible();
  });
});
