// The link from the confirmation email: its token (from the fragment) is sent once, and the new account lands in its
// console signed in; a used or expired link says what to do instead.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const TOKEN = 'Zk3v0mJ2c9xq7YbW1sTnLh8ePaRd4GfKuVi6oN5yQwE';

describe('verify email page', () => {
  it('confirms with the fragment’s token once and opens the console signed in', async () => {
    const api = fakeApi({
      'POST /api/auth/verify-email': () => json(200, { account: account('APPLICANT', { displayName: '张三' }) }),
      'GET /api/filings': () => json(200, { filings: [] }),
    });
    const { router } = renderApp(`/verify-email#token=${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: '我的备案' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/console');
    expect(screen.getByText('张三')).toBeVisible();
    const sent = api.to('POST /api/auth/verify-email');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({ token: TOKEN });
    expect(sent[0]?.headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('explains a used or expired link and offers sign-in and registering again', async () => {
    fakeApi({ 'POST /api/auth/verify-email': () => problem(400, 'VERIFICATION_LINK_INVALID') });
    renderApp(`/verify-email#token=${TOKEN}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('该链接已失效或已使用过');
    expect(screen.getByRole('link', { name: '登录' })).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: '重新注册' })).toHaveAttribute('href', '/register');
  });

  it('says the link is broken when it carries no token, without asking the server', async () => {
    const api = fakeApi({});
    renderApp('/verify-email');

    expect(await screen.findByRole('alert')).toHaveTextContent('该链接已失效或已使用过');
    expect(api.to('POST /api/auth/verify-email')).toHaveLength(0);
  });
});
