// The first-administrator page: its token comes from the link's fragment, and every state of the link is explained.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const TOKEN = `${'A'.repeat(40)}_-9`;
const EXPIRES = '2026-12-03T02:00:00.000Z';

describe('setup page', () => {
  it('creates the first administrator with the token from the fragment, then points to sign-in', async () => {
    const api = fakeApi({
      'POST /api/setup/link': () => json(200, { expiresAt: EXPIRES }),
      'POST /api/setup/admin': (request) =>
        json(201, {
          account: account('ADMIN', { email: (request.body as { email: string }).email, displayName: '王管理' }),
        }),
    });
    const { user } = renderApp(`/setup#token=${TOKEN}`);

    // Valid until 10:00 Beijing time on 3 December.
    expect(await screen.findByText(/有效期至 2026-12-03 10:00/)).toBeVisible();
    await user.type(screen.getByLabelText('姓名'), '王管理');
    await user.type(screen.getByLabelText('邮箱'), 'ops@example.com');
    await user.type(screen.getByLabelText('密码'), 'a-long-admin-passphrase');
    await user.click(screen.getByRole('button', { name: '创建管理员' }));

    expect(await screen.findByText('管理员已创建')).toBeVisible();
    expect(screen.getByText(/请使用 ops@example.com 和刚设定的密码登录/)).toBeVisible();
    expect(screen.getByRole('link', { name: '前往登录' })).toHaveAttribute('href', '/login');
    expect(api.to('POST /api/setup/link')[0]?.body).toEqual({ token: TOKEN });
    expect(api.to('POST /api/setup/admin')[0]?.body).toEqual({
      token: TOKEN,
      displayName: '王管理',
      email: 'ops@example.com',
      password: 'a-long-admin-passphrase',
    });
  });

  it('explains a used or expired link instead of showing the form', async () => {
    fakeApi({ 'POST /api/setup/link': () => problem(404, 'SETUP_LINK_INVALID') });
    renderApp(`/setup#token=${TOKEN}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('此设置链接无效');
    expect(screen.queryByLabelText('密码')).not.toBeInTheDocument();
  });

  it('sends to sign-in once an administrator exists', async () => {
    fakeApi({ 'POST /api/setup/link': () => problem(409, 'SETUP_DONE') });
    renderApp(`/setup#token=${TOKEN}`);

    expect(await screen.findByText(/此控制台已有管理员/)).toBeVisible();
    expect(screen.getByRole('link', { name: '前往登录' })).toHaveAttribute('href', '/login');
  });

  it('says the link is incomplete when the fragment was cut off, without asking the server', async () => {
    const api = fakeApi({});
    renderApp('/setup');

    expect(await screen.findByText('链接不完整')).toBeVisible();
    expect(api.to('POST /api/setup/link')).toHaveLength(0);
  });
});
