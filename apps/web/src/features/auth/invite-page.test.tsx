// The invitation link's page: who invited whom to what, a name and password of one's own, and the console of the new
// role signed in; a dead link explained the same way whatever killed it.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const TOKEN = 'Zk3v0mJ2c9xq7YbW1sTnLh8ePaRd4GfKuVi6oN5yQwE';
const preview = {
  email: 'new@example.com',
  displayName: '王新',
  role: 'REVIEWER',
  invitedBy: '张管理',
  photoPointName: null,
  expiresAt: '2026-12-07T02:00:00.000Z',
};

describe('invite page', () => {
  it('shows the invitation, and accepting it opens the new role’s console signed in', async () => {
    const api = fakeApi({
      'POST /api/auth/invitations/lookup': () => json(200, preview),
      'POST /api/auth/invitations/accept': () =>
        json(200, { account: account('REVIEWER', { email: 'new@example.com', displayName: '王小新' }) }),
      'GET /api/review/dashboard': () => problem(503, 'SERVICE_UNAVAILABLE'),
    });
    const { user, router } = renderApp(`/invite#token=${TOKEN}`);

    expect(
      await screen.findByText('张管理 邀请您以“审核员”身份加入备案控制台，邀请在 2026-12-07 10:00（北京时间）前有效。'),
    ).toBeVisible();
    expect(screen.getByText('登录邮箱：new@example.com')).toBeVisible();
    const name = screen.getByLabelText('姓名');
    expect(name).toHaveValue('王新');
    await user.clear(name);
    await user.type(name, '王小新');
    await user.type(screen.getByLabelText('设置密码'), 'my-own-secret-words-3');
    await user.click(screen.getByRole('button', { name: '接受邀请并登录' }));

    await screen.findByText('王小新');
    expect(router.state.location.pathname).toBe('/review');
    expect(api.to('POST /api/auth/invitations/lookup')[0]?.body).toEqual({ token: TOKEN });
    expect(api.to('POST /api/auth/invitations/accept')[0]?.body).toEqual({
      token: TOKEN,
      displayName: '王小新',
      password: 'my-own-secret-words-3',
    });
  });

  it('names the photo point of an operator’s invitation', async () => {
    fakeApi({
      'POST /api/auth/invitations/lookup': () =>
        json(200, { ...preview, role: 'OPERATOR', photoPointName: '深圳南山拍照点' }),
    });
    renderApp(`/invite#token=${TOKEN}`);
    expect(await screen.findByText('您将在“深圳南山拍照点”工作。')).toBeVisible();
  });

  it('explains a link that expired, was used or was revoked', async () => {
    fakeApi({ 'POST /api/auth/invitations/lookup': () => problem(404, 'INVITATION_INVALID') });
    renderApp(`/invite#token=${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('此邀请链接无效');
    expect(screen.getByRole('link', { name: '登录' })).toHaveAttribute('href', '/login');
  });

  it('puts an address that got an account meanwhile in words', async () => {
    fakeApi({
      'POST /api/auth/invitations/lookup': () => json(200, preview),
      'POST /api/auth/invitations/accept': () => problem(409, 'EMAIL_TAKEN'),
    });
    const { user } = renderApp(`/invite#token=${TOKEN}`);
    await user.type(await screen.findByLabelText('设置密码'), 'my-own-secret-words-3');
    await user.click(screen.getByRole('button', { name: '接受邀请并登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该邮箱已有账号');
  });
});
