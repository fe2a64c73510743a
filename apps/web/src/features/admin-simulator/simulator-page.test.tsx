// The simulator page as an administrator trying the product uses it: the texts sent, newest first with the code to
// type, fresh texts without a click, the three systems as tabs, and what each empty list is waiting for.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';
import { adminWithSimulators, shipment, smsMessage } from './simulator-fixtures.ts';

const OUTBOX = '已发送的短信（按时间从新到旧）';
const rows = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1);

afterEach(() => vi.useRealTimers());

describe('simulator page', () => {
  it('lists the texts newest first, in Shanghai time, with the masked mobile, purpose and whole message', async () => {
    const miit = smsMessage({
      id: 'sms-2',
      template: 'MIIT_SMS_CHECK',
      purpose: 'MIIT_VERIFICATION',
      mobileMasked: '138****8001',
      body: '【工信部】您的备案订单 BA2026113000001 已提交至管局，核验码 705112，请在 24 小时内登录工信部备案系统完成短信核验。',
      sentAt: '2026-11-28T16:30:00.000Z',
    });
    adminWithSimulators({ messages: [smsMessage(), miit] });
    renderApp('/admin/simulator');

    expect(await screen.findByRole('heading', { level: 1, name: '模拟器' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: '管理后台导航' })).toHaveTextContent(
      '概览拍照点幕布邮寄备案规则节假日用户审核改派核验失败订单审计日志模拟器',
    );
    expect(screen.getByRole('tab', { name: '短信发件箱', selected: true })).toBeVisible();
    await screen.findByRole('table', { name: OUTBOX });
    const headers = within(screen.getByRole('table', { name: OUTBOX }))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['发送时间（北京时间）', '手机号', '用途', '短信内容']);

    const [first, second] = rows(OUTBOX);
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('2026-11-29 13:05');
    expect(first).toHaveTextContent('139****5678');
    expect(first).toHaveTextContent('负责人手机验证');
    expect(first).toHaveTextContent('【本云备案】您的验证码为 482913，5 分钟内有效。如非本人操作，请忽略。');
    // The code stands out; the order number's digits in the other text do not.
    expect(within(first!).getByText('482913').tagName).toBe('STRONG');
    expect(within(second!).getByRole('rowheader')).toHaveTextContent('2026-11-29 00:30');
    expect(second).toHaveTextContent('工信部短信核验');
    expect(within(second!).getByText('705112').tagName).toBe('STRONG');
    expect(screen.getByText(/页面可见时每 5 秒自动刷新/)).toBeVisible();
  });

  it('shows a new text within 5 seconds without a click, and on the refresh button at once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let messages = [smsMessage()];
    const api = adminWithSimulators({}, { 'GET /api/simulator/sms-outbox?limit=50': () => json(200, { messages }) });
    const { user } = renderApp('/admin/simulator');
    await screen.findByRole('table', { name: OUTBOX });
    expect(rows(OUTBOX)).toHaveLength(1);

    messages = [smsMessage({ id: 'sms-2', body: '【本云备案】您的验证码为 100200，5 分钟内有效。' }), ...messages];
    await vi.advanceTimersByTimeAsync(5_000);
    await waitFor(() => expect(rows(OUTBOX)).toHaveLength(2));
    expect(rows(OUTBOX)[0]).toHaveTextContent('100200');

    const asked = api.to('GET /api/simulator/sms-outbox?limit=50').length;
    await user.click(screen.getByRole('button', { name: '刷新' }));
    await waitFor(() => expect(api.to('GET /api/simulator/sms-outbox?limit=50')).toHaveLength(asked + 1));
  });

  it('says when texts will appear while the outbox is empty', async () => {
    adminWithSimulators();
    renderApp('/admin/simulator');

    expect(await screen.findByText('还没有发出短信')).toBeVisible();
    expect(screen.getByText('申请人获取短信验证码后，短信会显示在这里。')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('moves between the systems with the arrow keys, keeps the choice in the address, and explains empty lists', async () => {
    adminWithSimulators();
    const { router, user } = renderApp('/admin/simulator');
    await screen.findByText('还没有发出短信');

    await user.click(screen.getByRole('tab', { name: '短信发件箱' }));
    await user.keyboard('{ArrowRight}');
    const bureau = screen.getByRole('tab', { name: '工信部/管局提交', selected: true });
    expect(bureau).toHaveFocus();
    expect(router.state.location.search).toBe('?view=bureau');
    expect(screen.getByRole('tabpanel', { name: '工信部/管局提交' })).toBeVisible();
    expect(await screen.findByText('还没有提交到管局的订单')).toBeVisible();
    expect(screen.queryByText('还没有发出短信')).not.toBeInTheDocument();

    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: '快递（顺丰）', selected: true })).toHaveFocus();
    expect(await screen.findByText('申请人申请寄送幕布后，顺丰运单会显示在这里。')).toBeVisible();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '短信发件箱', selected: true })).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });

  it('shows each shipment with its tracking number and the steps it has reached', async () => {
    adminWithSimulators({ shipments: [shipment()] });
    renderApp('/admin/simulator?view=courier');

    const table = await screen.findByRole('table', { name: '顺丰寄件（按时间从新到旧）' });
    const [row] = within(table).getAllByRole('row').slice(1);
    expect(within(row!).getByRole('rowheader')).toHaveTextContent('SF1234567890123');
    expect(row).toHaveTextContent('已揽收');
    const steps = within(row!).getByRole('list', { name: '运单 SF1234567890123 的物流轨迹' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual(['已下单 2026-11-30 10:00', '已揽收 2026-11-30 14:00']);
  });

  it('explains a failed load in the shared alert', async () => {
    adminWithSimulators({}, { 'GET /api/simulator/sms-outbox?limit=50': () => problem(403, 'FORBIDDEN') });
    renderApp('/admin/simulator');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('短信发件箱加载失败');
    expect(alert).toHaveTextContent('您的角色无权执行此操作。');
  });

  it('speaks English to an administrator who reads English', async () => {
    adminWithSimulators({ messages: [smsMessage()], locale: 'en-US' });
    renderApp('/admin/simulator');

    const table = await screen.findByRole('table', { name: 'Texts sent (newest first)' });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('2026-11-29 13:05');
    expect(within(table).getByRole('cell', { name: 'Principal’s mobile check' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'MIIT bureau submissions' })).toBeVisible();
  });
});
