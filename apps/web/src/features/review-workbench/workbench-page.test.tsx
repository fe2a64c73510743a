// The reviewer's figures as the API reports them, on the workbench and on the admin overview.
import type { Role } from '@beian/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

function signedInWithDashboard(role: Role, dashboard: () => Response) {
  return fakeApi({
    'GET /api/auth/me': () => json(200, { account: account(role) }),
    'GET /api/review/dashboard': dashboard,
  });
}

/** A dashboard body with nobody's decisions today unless the test gives some. */
const dashboardBody = (figures: { queues: { initial: number; second: number }; overdue: number }) => ({
  ...figures,
  decisionsToday: { day: '2026-11-30', total: 0, byReviewer: [] },
});

/** The figure a card shows under its label. */
async function figure(label: string): Promise<string | null | undefined> {
  const term = await screen.findByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('reviewer dashboard', () => {
  it('shows how many filings wait for each review and how many are overdue', async () => {
    signedInWithDashboard('REVIEWER', () =>
      json(200, dashboardBody({ queues: { initial: 12, second: 3 }, overdue: 1250 })),
    );
    renderApp('/review');

    expect(await figure('初审待审')).toBe('12');
    expect(await figure('复审待审')).toBe('3');
    expect(await figure('已超时')).toBe('1,250');
  });

  it('offers the workbench and both review queues in the navigation', async () => {
    signedInWithDashboard('REVIEWER', () =>
      json(200, dashboardBody({ queues: { initial: 0, second: 0 }, overdue: 0 })),
    );
    renderApp('/review');

    const nav = await screen.findByRole('navigation', { name: '审核工作台导航' });
    expect(Array.from(nav.querySelectorAll('a'), (link) => link.textContent)).toEqual([
      '工作台',
      '初审队列',
      '复审队列',
    ]);
    expect(await figure('已超时')).toBe('0');
  });

  it('explains a failed load in the shared alert', async () => {
    signedInWithDashboard('REVIEWER', () => problem(403, 'FORBIDDEN'));
    renderApp('/review');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('待审数量加载失败');
    expect(alert).toHaveTextContent('您的角色无权执行此操作。');
  });

  it('gives administrators the same figures and the way into the audit log', async () => {
    signedInWithDashboard('ADMIN', () => json(200, dashboardBody({ queues: { initial: 4, second: 2 }, overdue: 0 })));
    renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1, name: '管理概览' })).toBeVisible();
    expect(await figure('初审待审')).toBe('4');
    expect(await figure('复审待审')).toBe('2');
    expect(screen.getByRole('link', { name: '查看审计日志' })).toHaveAttribute('href', '/admin/audit-log');
    const nav = screen.getByRole('navigation', { name: '管理后台导航' });
    expect(Array.from(nav.querySelectorAll('a'), (link) => link.textContent)).toEqual([
      '概览',
      '审核改派',
      '审计日志',
      '模拟器',
    ]);
  });
});
