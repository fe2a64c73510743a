// Who lands where: each role on its own home, guards redirecting visitors and wrong roles, unknown addresses.
import type { Role } from '@beian/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { account, fakeApi, json, noContent, problem } from '../test/fake-api.ts';
import { renderApp } from '../test/render-app.tsx';

const signedInAs = (role: Role) => fakeApi({ 'GET /api/auth/session': () => json(200, { account: account(role) }) });

describe('routes', () => {
  it.each([
    ['APPLICANT', '/console', '申请人导航', '我的备案'],
    ['REVIEWER', '/review', '审核工作台导航', '审核工作台'],
    ['ADMIN', '/admin', '管理后台导航', '管理概览'],
    ['OPERATOR', '/photo-point', '拍照点导航', '拍照点工作台'],
  ] as const)('signs %s in to %s with its own navigation', async (role, home, navName, heading) => {
    signedInAs(role);
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(router.state.location.pathname).toBe(home);
    expect(screen.getByRole('navigation', { name: navName })).toBeVisible();
  });

  it('sends a role that opens another role’s page to its own home', async () => {
    signedInAs('APPLICANT');
    const { router } = renderApp('/admin/audit-log');

    expect(await screen.findByRole('heading', { level: 1, name: '我的备案' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/console');
  });

  it('sends a visitor to sign-in and, once signed in, on to the page they asked for', async () => {
    let signedIn = false;
    fakeApi({
      'GET /api/auth/session': () => (signedIn ? json(200, { account: account('ADMIN') }) : noContent()),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(200, { account: account('ADMIN') });
      },
      'GET /api/admin/audit-log': () => json(200, { entries: [], nextBefore: null, unknownOrderNo: null }),
      'GET /api/admin/audit-log/actors': () => json(200, { actors: [] }),
    });
    // A filtered view is a link like any other: its filters survive the detour through sign-in.
    const asked = '/admin/audit-log?orderNo=BA2026112900001';
    const { router, user } = renderApp(asked);

    expect(await screen.findByText('请先登录，登录后将返回您刚才访问的页面。')).toBeVisible();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(asked)}`);
    await user.type(screen.getByLabelText('邮箱'), 'admin@demo.beian.test');
    await user.type(screen.getByLabelText('密码'), 'Demo-Passw0rd!');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(asked);
    expect(screen.getByLabelText('备案订单号', { selector: 'input' })).toHaveValue('BA2026112900001');
  });

  it('has no page for sections that do not exist yet', async () => {
    signedInAs('ADMIN');
    renderApp('/admin/no-such-section');

    expect(await screen.findByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
  });

  it('answers an unknown address with a not-found page and a way home', async () => {
    fakeApi({});
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  });

  it('explains a failure it cannot recover from, with the request id and a way home', { timeout: 15_000 }, async () => {
    // Server errors are retried twice before the page gives up.
    fakeApi({ 'GET /api/auth/session': () => problem(500, 'INTERNAL') });
    // The router reports the caught error on the console; here that is the expected outcome, not noise to read.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp('/console');

    const heading = await screen.findByRole('heading', { level: 1, name: '页面加载出错' }, { timeout: 10_000 });
    expect(heading).toBeVisible();
    expect(screen.getByText('请求编号：req-test-1')).toBeVisible();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeVisible();
  });
});
