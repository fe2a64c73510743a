// A forgotten password as a person meets it: the link on the sign-in page, the form, and an answer that says "if"
// whatever the address.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('forgot password page', () => {
  it('is linked from the sign-in page', async () => {
    fakeApi({});
    const { user, router } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: '忘记密码？' }));
    expect(router.state.location.pathname).toBe('/forgot-password');
    expect(await screen.findByRole('heading', { level: 1, name: '找回密码' })).toBeVisible();
  });

  it('sends the address and answers the same way for any address', async () => {
    const api = fakeApi({
      'POST /api/auth/password-reset': (request) => json(202, { email: (request.body as { email: string }).email }),
    });
    const { user } = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('邮箱'), ' Someone@Example.com');
    await user.click(screen.getByRole('button', { name: '发送重置邮件' }));

    expect(await screen.findByText(/如果 someone@example.com 对应一个有效账号/)).toBeVisible();
    expect(api.to('POST /api/auth/password-reset')[0]?.body).toEqual({ email: 'someone@example.com' });
    expect(screen.getByRole('link', { name: '返回登录' })).toHaveAttribute('href', '/login');
  });

  it('asks for a valid address before sending', async () => {
    const api = fakeApi({});
    const { user } = renderApp('/forgot-password');
    await user.click(await screen.findByRole('button', { name: '发送重置邮件' }));
    expect(screen.getByLabelText('邮箱')).toHaveAccessibleDescription('此项为必填项');
    expect(api.to('POST /api/auth/password-reset')).toHaveLength(0);
  });
});
