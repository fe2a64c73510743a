// The reset link's page: the fragment's token and the new password sent once, the way to sign in afterwards, the
// password policy's refusal on the field, and a dead link explained with the way to a new one.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, noContent, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const TOKEN = 'Zk3v0mJ2c9xq7YbW1sTnLh8ePaRd4GfKuVi6oN5yQwE';

describe('reset password page', () => {
  it('sets the new password with the fragment’s token and sends the person to sign in', async () => {
    const api = fakeApi({ 'POST /api/auth/password-reset/complete': () => noContent() });
    const { user } = renderApp(`/reset-password#token=${TOKEN}`);
    await user.type(await screen.findByLabelText('新密码'), 'a-brand-new-secret-7');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));

    expect(await screen.findByText('密码已重置')).toBeVisible();
    expect(screen.getByRole('link', { name: '去登录' })).toHaveAttribute('href', '/login');
    expect(api.to('POST /api/auth/password-reset/complete')[0]?.body).toEqual({
      token: TOKEN,
      password: 'a-brand-new-secret-7',
    });
  });

  it('puts a refused password on the field', async () => {
    fakeApi({
      'POST /api/auth/password-reset/complete': () =>
        problem(400, 'PASSWORD_COMMON', { errors: [{ path: 'password', message: '此密码过于常见，请换一个。' }] }),
    });
    const { user } = renderApp(`/reset-password#token=${TOKEN}`);
    await user.type(await screen.findByLabelText('新密码'), 'password1234');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByText('此密码过于常见，请换一个。')).toBeVisible();
  });

  it('explains an expired, used or replaced link and offers a new one', async () => {
    fakeApi({ 'POST /api/auth/password-reset/complete': () => problem(400, 'PASSWORD_RESET_LINK_INVALID') });
    const { user } = renderApp(`/reset-password#token=${TOKEN}`);
    await user.type(await screen.findByLabelText('新密码'), 'a-brand-new-secret-7');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('此重置链接已失效');
    expect(screen.getByRole('link', { name: '重新申请重置' })).toHaveAttribute('href', '/forgot-password');
  });

  it('says the link is broken when it carries no token', async () => {
    fakeApi({});
    renderApp('/reset-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('此重置链接已失效');
  });
});
