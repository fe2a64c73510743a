// The reviewer's figures as the API reports them, the reviews' and the bureau stage's, on the workbench and on the
// admin overview.
import type { ReviewDashboard, Role } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { reviewDashboard } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

function signedInWithDashboard(role: Role, dashboard: () => Response) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account(role) }),
    'GET /api/review/dashboard': dashboard,
    'GET /api/review/returned': () => json(200, { filings: [] }),
  });
}

const answer = (overrides: Partial<ReviewDashboard>) => () => json(200, reviewDashboard(overrides));

/** The figure a card shows under its label, in the named group of figures. */
async function figure(group: string, label: string): Promise<string | null | undefined> {
  const region = await screen.findByRole('region', { name: group });
  return within(region).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('reviewer dashboard', () => {
  it('shows how many filings wait for each review and how many are overdue', async () => {
    signedInWithDashboard('REVIEWER', answer({ queues: { initial: 12, second: 3 }, overdue: 1250 }));
    renderApp('/review');

    expect(await figure('审核', '初审待审')).toBe('12');
    expect(await figure('审核', '复审待审')).toBe('3');
    expect(await figure('审核', '已超时')).toBe('1,250');
  });

  it('shows the bureau stage beside the reviews: in the SMS check, failed checks, in the bureau’s review, overdue', async () => {
    signedInWithDashboard(
      'REVIEWER',
      answer({ overdue: 2, bureau: { sms: 7, smsFailed: 4, review: 1203, overdue: 5 } }),
    );
    renderApp('/review');

    expect(await screen.findByRole('heading', { level: 2, name: '管局阶段' })).toBeVisible();
    expect(await figure('管局阶段', '短信核验中')).toBe('7');
    expect(await figure('管局阶段', '核验失败待重新提交')).toBe('4');
    expect(await figure('管局阶段', '管局审核中')).toBe('1,203');
    expect(await figure('管局阶段', '已超时')).toBe('5');
    // The reviews' own overdue count stays apart from the bureau's.
    expect(await figure('审核', '已超时')).toBe('2');
  });

  it('leads from the failed checks to the page that resubmits them', async () => {
    signedInWithDashboard('REVIEWER', answer({ bureau: { sms: 0, smsFailed: 1, review: 0, overdue: 0 } }));
    const { user } = renderApp('/review');

    const bureau = await screen.findByRole('region', { name: '管局阶段' });
    const link = within(bureau).getByRole('link', { name: '处理核验失败的订单' });
    expect(link).toHaveAttribute('href', '/review/returned');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: '短信核验失败的订单' })).toBeVisible();
  });

  it('reads the bureau figures in English', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('REVIEWER', { locale: 'en-US' }) }),
      'GET /api/review/dashboard': answer({ bureau: { sms: 1, smsFailed: 2, review: 3, overdue: 4 } }),
    });
    renderApp('/review');

    expect(await figure('Bureau stage', 'In the SMS check')).toBe('1');
    expect(await figure('Bureau stage', 'SMS check failed, to resubmit')).toBe('2');
    expect(await figure('Bureau stage', 'In the bureau’s review')).toBe('3');
    expect(await figure('Bureau stage', 'Overdue')).toBe('4');
  });

  it('offers the workbench, both review queues and the failed checks in the navigation', async () => {
    signedInWithDashboard('REVIEWER', answer({}));
    renderApp('/review');

    const nav = await screen.findByRole('navigation', { name: '审核工作台导航' });
    expect(Array.from(nav.querySelectorAll('a'), (link) => link.textContent)).toEqual([
      '工作台',
      '初审队列',
      '复审队列',
      '核验失败订单',
    ]);
    expect(await figure('审核', '已超时')).toBe('0');
  });

  it('says how far the holiday calendar reaches, and asks a reviewer to have a missing year entered', async () => {
    signedInWithDashboard('REVIEWER', answer({}));
    const { unmount } = renderApp('/review');
    expect(await screen.findByText('截止时间按节假日日历计算，日历已覆盖至 2026 年。')).toBeVisible();
    unmount();

    signedInWithDashboard(
      'REVIEWER',
      answer({ calendar: { currentYear: 2026, nextYear: 2027, coveredThrough: 2026, warn: true } }),
    );
    renderApp('/review');
    const notice = (await screen.findByText('节假日日历需要更新')).closest('.alert') as HTMLElement;
    expect(notice).toHaveTextContent('节假日日历需要更新');
    expect(notice).toHaveTextContent('尚未录入 2027 年的放假安排');
    expect(notice).toHaveTextContent('请联系管理员录入。');
    expect(within(notice).queryByRole('link')).toBeNull();
  });

  it('links administrators from the overview to the calendar when this year is missing', async () => {
    signedInWithDashboard(
      'ADMIN',
      answer({ calendar: { currentYear: 2027, nextYear: 2028, coveredThrough: null, warn: true } }),
    );
    renderApp('/admin');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('尚未录入 2027 年的放假安排：截止时间暂按周末计算');
    expect(within(alert).getByRole('link', { name: '录入节假日安排' })).toHaveAttribute('href', '/admin/calendar');
  });

  it('explains a failed load in the shared alert', async () => {
    signedInWithDashboard('REVIEWER', () => problem(403, 'FORBIDDEN'));
    renderApp('/review');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('待审数量加载失败');
    expect(alert).toHaveTextContent('您的角色无权执行此操作。');
  });

  it('gives administrators the same figures, the failed checks in their own console and the audit log', async () => {
    signedInWithDashboard(
      'ADMIN',
      answer({ queues: { initial: 4, second: 2 }, bureau: { sms: 0, smsFailed: 3, review: 0, overdue: 0 } }),
    );
    renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1, name: '管理概览' })).toBeVisible();
    expect(await figure('审核', '初审待审')).toBe('4');
    expect(await figure('审核', '复审待审')).toBe('2');
    // Under the overview's own section heading, the groups are one level down.
    expect(screen.getByRole('heading', { level: 3, name: '管局阶段' })).toBeVisible();
    expect(await figure('管局阶段', '核验失败待重新提交')).toBe('3');
    expect(screen.getByRole('link', { name: '处理核验失败的订单' })).toHaveAttribute('href', '/admin/returned');
    expect(screen.getByRole('link', { name: '查看审计日志' })).toHaveAttribute('href', '/admin/audit-log');
    const nav = screen.getByRole('navigation', { name: '管理后台导航' });
    expect(Array.from(nav.querySelectorAll('a'), (link) => link.textContent)).toEqual([
      '概览',
      '拍照点',
      '幕布邮寄',
      '备案规则',
      '节假日',
      '用户',
      '审核改派',
      '核验失败订单',
      '审计日志',
      '模拟器',
    ]);
  });
});
