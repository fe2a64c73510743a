// The filings whose MIIT SMS check failed: listed oldest failure first with why and when (Beijing time), resubmitted to
// the bureau one by one with a reason and the version the list showed; refusals and an empty list said in words.
import type { ReturnedFiling } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const returned = (n: number, overrides: Partial<ReturnedFiling> = {}): ReturnedFiling => ({
  id: `5d2e7c1a-2222-4b3c-9d4e-0000000000${String(n).padStart(2, '0')}`,
  orderNo: `BA20261201000${String(n).padStart(2, '0')}`,
  version: 10 + n,
  province: '44',
  subjectName: `广州示例${n}科技有限公司`,
  domain: `example${n}.cn`,
  round: 1,
  failure: 'DEADLINE',
  failedAt: '2026-12-01T16:30:00.000Z',
  ...overrides,
});

const first = returned(1);
const second = returned(2, {
  province: '33',
  subjectName: null,
  round: 2,
  failure: 'WRONG_CODES',
  failedAt: '2026-12-02T03:05:00.000Z',
});

function signedIn(role: 'REVIEWER' | 'ADMIN', filings: ReturnedFiling[], routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account(role) }),
    'GET /api/review/returned': () => json(200, { filings }),
    ...routes,
  });
}

const decision = (filing: ReturnedFiling) => ({
  id: filing.id,
  orderNo: filing.orderNo,
  status: 'BUREAU_SMS',
  version: filing.version + 1,
});

/** Every row of the table as the text of its cells. */
function cells(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent));
}

async function openResubmit(orderNo: string) {
  const table = await screen.findByRole('table', { name: /短信核验失败、待重新提交管局的订单/ });
  return within(table).getByRole('button', { name: `重新提交管局（订单 ${orderNo}）` });
}

describe('returned filings', () => {
  it('lists each failed check in the API’s order with where, whose, the round, why and when in Beijing time', async () => {
    signedIn('REVIEWER', [first, second]);
    renderApp('/review/returned');

    expect(await screen.findByRole('heading', { level: 1, name: '短信核验失败的订单' })).toBeVisible();
    const table = await screen.findByRole('table', {
      name: '短信核验失败、待重新提交管局的订单（共 2 单，最早失败的在前，时间为北京时间）',
    });
    expect(cells(table)).toEqual([
      ['订单号', '省份', '主体名称', '域名', '提交轮次', '失败原因', '失败时间', '操作'],
      [
        first.orderNo,
        '广东',
        '广州示例1科技有限公司',
        'example1.cn',
        '第 1 轮',
        '24 小时内未完成核验',
        '2026-12-02 00:30',
        `重新提交管局（订单 ${first.orderNo}）`,
      ],
      [
        second.orderNo,
        '浙江',
        '未填写',
        'example2.cn',
        '第 2 轮',
        '核验码输错超过 5 次',
        '2026-12-02 11:05',
        `重新提交管局（订单 ${second.orderNo}）`,
      ],
    ]);
    expect(within(table).getByRole('link', { name: first.orderNo })).toHaveAttribute(
      'href',
      `/review/filings/${first.id}`,
    );
  });

  it('is offered to administrators in their own console, with the order numbers as plain text', async () => {
    signedIn('ADMIN', [first]);
    renderApp('/admin/returned');

    const table = await screen.findByRole('table', { name: /短信核验失败、待重新提交管局的订单/ });
    expect(within(table).getByRole('rowheader', { name: first.orderNo })).toBeVisible();
    expect(within(table).queryByRole('link')).toBeNull();
    expect(within(table).getByRole('button', { name: `重新提交管局（订单 ${first.orderNo}）` })).toBeEnabled();
  });

  it('says in words that nothing is waiting, without a table', async () => {
    signedIn('REVIEWER', []);
    renderApp('/review/returned');

    expect(await screen.findByText('没有核验失败的订单')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('reads in English', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('REVIEWER', { locale: 'en-US' }) }),
      'GET /api/review/returned': () => json(200, { filings: [second] }),
    });
    renderApp('/review/returned');

    const table = await screen.findByRole('table', { name: /\(1 filing, oldest failure first, Beijing time\)$/ });
    expect(cells(table)[1]).toEqual([
      second.orderNo,
      'Zhejiang',
      'Not given',
      'example2.cn',
      'Round 2',
      'Wrong code entered more than 5 times',
      '2026-12-02 11:05',
      `Resubmit to the bureau (order ${second.orderNo})`,
    ]);
  });

  it('resubmits with the reason and the row’s version, removes the row and announces it', async () => {
    const api = signedIn('REVIEWER', [first, second], {
      [`POST /api/review/filings/${first.id}/resubmit-to-bureau`]: () => json(200, decision(first)),
    });
    const { user } = renderApp('/review/returned');

    const button = await openResubmit(first.orderNo);
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: `重新提交管局：订单 ${first.orderNo}` });
    const reason = within(dialog).getByRole('textbox', { name: '重新提交原因' });
    expect(reason).toHaveFocus();

    // A quick fill puts the common reason in the field, where the reviewer may still edit it.
    await user.click(within(dialog).getByRole('button', { name: '已电话联系负责人，确认可在 24 小时内完成核验' }));
    expect(reason).toHaveValue('已电话联系负责人，确认可在 24 小时内完成核验');
    expect(reason).toHaveFocus();
    await user.type(reason, '（负责人李先生）');
    await user.click(within(dialog).getByRole('button', { name: '确认重新提交' }));

    const status = await screen.findByText(
      `订单 ${first.orderNo} 已重新提交管局（第 2 轮），工信部将向负责人重新发送核验码。`,
    );
    expect(api.to(`POST /api/review/filings/${first.id}/resubmit-to-bureau`).map((r) => r.body)).toEqual([
      { version: first.version, reason: '已电话联系负责人，确认可在 24 小时内完成核验（负责人李先生）' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    const live = status.closest('[role="status"]');
    expect(live).toHaveFocus();
    const table = screen.getByRole('table', { name: /（共 1 单，/ });
    expect(within(table).queryByText(first.orderNo)).toBeNull();
    expect(within(table).getByText(second.orderNo)).toBeVisible();
  });

  it('requires a reason and sends nothing without one', async () => {
    const api = signedIn('REVIEWER', [first]);
    const { user } = renderApp('/review/returned');

    await user.click(await openResubmit(first.orderNo));
    const dialog = screen.getByRole('dialog');
    const reason = within(dialog).getByRole('textbox', { name: '重新提交原因' });
    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: '确认重新提交' }));

    expect(await within(dialog).findByText('此项为必填项')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('explains a filing changed meanwhile and reloads the list on request', async () => {
    let lists = 0;
    const api = signedIn('REVIEWER', [], {
      // The second read no longer has the filing: another reviewer resubmitted it first.
      'GET /api/review/returned': () => {
        lists += 1;
        return json(200, { filings: lists === 1 ? [first] : [] });
      },
      [`POST /api/review/filings/${first.id}/resubmit-to-bureau`]: () => problem(409, 'STALE_VERSION'),
    });
    const { user } = renderApp('/review/returned');

    await user.click(await openResubmit(first.orderNo));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: '重新提交原因' }), '已联系负责人');
    await user.click(within(dialog).getByRole('button', { name: '确认重新提交' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(`订单 ${first.orderNo} 未能重新提交`);
    expect(alert).toHaveTextContent('该订单已被他人更新（可能已由其他审核员重新提交）。请重新加载列表后再试。');
    expect(screen.getByRole('dialog')).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: '重新加载列表' }));
    expect(await screen.findByText('没有核验失败的订单')).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.to('GET /api/review/returned')).toHaveLength(2);
    // The row and its button are gone: the focus goes to the list that was read again.
    await waitFor(() => expect(screen.getByText('没有核验失败的订单').closest('.returned-results')).toHaveFocus());
  });

  it('words a filing no longer in a failed check', async () => {
    signedIn('REVIEWER', [first], {
      [`POST /api/review/filings/${first.id}/resubmit-to-bureau`]: () => problem(409, 'ILLEGAL_TRANSITION'),
    });
    const { user } = renderApp('/review/returned');

    await user.click(await openResubmit(first.orderNo));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: '重新提交原因' }), '已联系负责人');
    await user.click(within(dialog).getByRole('button', { name: '确认重新提交' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '该订单已不在核验失败状态，可能已由其他审核员重新提交。请重新加载列表。',
    );
  });

  it('closes on Escape, keeps Tab inside and gives the focus back to the row’s button', async () => {
    signedIn('REVIEWER', [first]);
    const { user } = renderApp('/review/returned');

    const button = await openResubmit(first.orderNo);
    await user.click(button);
    const dialog = screen.getByRole('dialog');
    // From the last control, Tab comes back round to the first.
    within(dialog).getByRole('button', { name: '确认重新提交' }).focus();
    await user.tab();
    expect(within(dialog).getByRole('textbox', { name: '重新提交原因' })).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it('explains a failed load', async () => {
    signedIn('REVIEWER', [], { 'GET /api/review/returned': () => problem(403, 'FORBIDDEN') });
    renderApp('/review/returned');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('核验失败的订单加载失败');
    expect(alert).toHaveTextContent('您的角色无权执行此操作。');
  });
});
