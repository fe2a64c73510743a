// The account & security page: reachable from every role's layout, it changes the password (the confirmation must
// match; the server's refusals land on their fields) and lists the signed-in browsers by name with Beijing times,
// signing out one or all of the others.
import type { AccountSession, Role } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, noContent, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const here: AccountSession = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001',
  userAgent: CHROME_WINDOWS,
  createdAt: '2026-11-30T02:00:00.000Z',
  lastSeenAt: '2026-11-30T03:15:00.000Z',
  current: true,
};
const phone: AccountSession = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-000000000002',
  userAgent: SAFARI_IPHONE,
  createdAt: '2026-11-29T12:30:00.000Z',
  lastSeenAt: '2026-11-30T01:00:00.000Z',
  current: false,
};
const unknown: AccountSession = { ...phone, id: '6f1c2d3e-4a5b-4c6d-8e7f-000000000003', userAgent: null };

function accountApi(role: Role, sessions: () => AccountSession[], extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account(role, { displayName: '赵六' }) }),
    'GET /api/auth/sessions': () => json(200, { sessions: sessions() }),
    ...extra,
  });
}

describe('reaching the page', () => {
  it.each([
    ['APPLICANT', '/console', '申请人导航', '/console/account'],
    ['REVIEWER', '/review', '审核工作台导航', '/review/account'],
    ['ADMIN', '/admin', '管理后台导航', '/admin/account'],
    ['OPERATOR', '/photo-point', '拍照点导航', '/photo-point/account'],
  ] as const)('is linked from the %s layout’s top bar', async (role, home, nav, page) => {
    accountApi(role, () => [here]);
    const { user, router } = renderApp(home);
    await screen.findByRole('navigation', { name: nav });
    const link = screen.getByRole('link', { name: '账户与安全' });
    expect(link.closest('header')).toHaveClass('topbar');
    expect(link).toHaveAttribute('href', page);
    await user.click(link);
    expect(router.state.location.pathname).toBe(page);
  });

  it('opens the signed-in person’s own account page from /account, the address account emails link to', async () => {
    accountApi('REVIEWER', () => [here]);
    const { router } = renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: '账户与安全' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/review/account');
  });

  it('asks a visitor to sign in first, remembering where they were going', async () => {
    fakeApi({});
    const { router } = renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: '登录备案控制台' })).toBeVisible();
    expect(router.state.location.search).toBe('?next=%2Faccount');
  });
});

describe('the session list', () => {
  it('names each browser and system, marks this one, and shows sign-in and last activity in Beijing time', async () => {
    accountApi('APPLICANT', () => [here, phone, unknown]);
    renderApp('/console/account');

    const table = await screen.findByRole('table', { name: '当前登录的设备' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Chrome 131 · Windows本设备',
      'Safari 18 · iOS',
      '未知浏览器 · 未知系统',
    ]);
    expect(within(rows[0]!).getByText('2026-11-30 10:00')).toBeVisible();
    expect(within(rows[0]!).getByText('2026-11-30 11:15')).toBeVisible();
    expect(within(rows[0]!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: '退出 Safari 18 · iOS 上的登录' })).toBeVisible();
  });

  it('signs out one other browser and says so', async () => {
    let sessions = [here, phone];
    const api = accountApi('APPLICANT', () => sessions, {
      [`DELETE /api/auth/sessions/${phone.id}`]: () => {
        sessions = [here];
        return noContent();
      },
    });
    const { user } = renderApp('/console/account');
    await user.click(await screen.findByRole('button', { name: '退出 Safari 18 · iOS 上的登录' }));

    expect(await screen.findByText('已退出 Safari 18 · iOS 上的登录。')).toBeVisible();
    await waitFor(() => expect(screen.queryByText('Safari 18 · iOS')).not.toBeInTheDocument());
    expect(screen.getByText('只有本设备登录着您的账号。')).toBeVisible();
    expect(api.to(`DELETE /api/auth/sessions/${phone.id}`)[0]?.headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('signs out all other browsers at once', async () => {
    let sessions = [here, phone, unknown];
    const api = accountApi('ADMIN', () => sessions, {
      'POST /api/auth/sessions/end-others': () => {
        sessions = [here];
        return json(200, { ended: 2 });
      },
    });
    const { user } = renderApp('/admin/account');
    await user.click(await screen.findByRole('button', { name: '退出其他所有设备' }));

    expect(await screen.findByText('已退出其他 2 个设备上的登录。')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('button', { name: '退出其他所有设备' })).not.toBeInTheDocument());
    expect(api.to('POST /api/auth/sessions/end-others')).toHaveLength(1);
  });
});

describe('changing the password', () => {
  async function fill(user: ReturnType<typeof renderApp>['user'], current: string, next: string, again = next) {
    await user.type(await screen.findByLabelText('当前密码'), current);
    await user.type(screen.getByLabelText('新密码'), next);
    await user.type(screen.getByLabelText('再次输入新密码'), again);
    await user.click(screen.getByRole('button', { name: '修改密码' }));
  }

  it('sends the current and the new password, then says the other browsers were signed out', async () => {
    const api = accountApi('APPLICANT', () => [here], {
      'POST /api/auth/password': () => json(200, { endedSessions: 2 }),
    });
    const { user } = renderApp('/console/account');
    await fill(user, 'Old-Passw0rd!', 'a-fresh-secret-7');

    expect(await screen.findByText('密码已修改，已退出其他 2 个设备上的登录。')).toBeVisible();
    expect(api.to('POST /api/auth/password')[0]?.body).toEqual({
      currentPassword: 'Old-Passw0rd!',
      newPassword: 'a-fresh-secret-7',
    });
    expect(screen.getByLabelText('当前密码')).toHaveValue('');
    // The session list is read again: the other browsers are gone from it.
    expect(api.to('GET /api/auth/sessions').length).toBeGreaterThanOrEqual(2);
  });

  it('wants the new password twice the same, before asking the server', async () => {
    const api = accountApi('APPLICANT', () => [here]);
    const { user } = renderApp('/console/account');
    await fill(user, 'Old-Passw0rd!', 'a-fresh-secret-7', 'a-fresh-secret-8');

    expect(screen.getByLabelText('再次输入新密码')).toHaveAccessibleDescription('两次输入的新密码不一致');
    expect(api.to('POST /api/auth/password')).toHaveLength(0);
  });

  it.each([
    ['CURRENT_PASSWORD_WRONG', '当前密码', '当前密码不正确。'],
    ['PASSWORD_COMMON', '新密码', '该密码是常见或已泄露的密码，或只是对它们稍作改动，很容易被猜中，请换一个。'],
    ['PASSWORD_IS_EMAIL', '新密码', '密码不能是您的邮箱地址或其中 @ 之前的部分，请换一个。'],
  ])('puts %s on the field it concerns', async (code, field, words) => {
    accountApi('APPLICANT', () => [here], { 'POST /api/auth/password': () => problem(400, code) });
    const { user } = renderApp('/console/account');
    await fill(user, 'Old-Passw0rd!', 'qwertyuiop1');

    await waitFor(() =>
      expect(screen.getByLabelText(field)).toHaveAccessibleDescription(expect.stringContaining(words)),
    );
    expect(screen.getByLabelText(field)).toHaveFocus();
  });

  it('says how long to wait after too many wrong current passwords', async () => {
    accountApi('APPLICANT', () => [here], {
      'POST /api/auth/password': () => problem(429, 'RATE_LIMITED', { headers: { 'retry-after': '20' } }),
    });
    const { user } = renderApp('/console/account');
    await fill(user, 'Old-Passw0rd!', 'a-fresh-secret-7');

    expect(await screen.findByRole('alert')).toHaveTextContent('当前密码错误次数过多，请在 20 秒后重试。');
  });

  it('works in English too', async () => {
    accountApi('APPLICANT', () => [here, phone], { 'PUT /api/auth/locale': () => noContent() });
    const { user } = renderApp('/console/account');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Account & security' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign out Safari 18 on iOS' })).toBeVisible();
    expect(screen.getByText('This browser')).toBeVisible();
  });
});
