// The language switch: labels change at once, the choice survives a reload, and a signed-in account keeps it.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../i18n/i18n.ts';
import { account, fakeApi, json, noContent } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

describe('language switch', () => {
  it('switches the sign-in page to English, sets <html lang> and remembers the choice across a reload', async () => {
    fakeApi({});
    const first = renderApp('/login');
    // The page itself is a lazy chunk; the frame with the switch shows first.
    await screen.findByLabelText('密码');
    await first.user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Beian Console' })).toBeVisible();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en-US');
    // The server reads the choice from a cookie, to send the prerendered sign-in page in English next time.
    expect(document.cookie.split('; ')).toContain('beian.locale=en-US');

    // A reload starts from scratch: i18n reads the remembered language before the first render.
    first.unmount();
    act(() => void initI18n());
    renderApp('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Beian Console' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('re-words validation messages already on screen', async () => {
    fakeApi({});
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: '登录' }));
    await waitFor(() => expect(screen.getByLabelText('邮箱')).toHaveAccessibleDescription('此项为必填项'));

    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('This field is required'));
  });

  it('saves the language to the signed-in account and changes the navigation', async () => {
    const api = fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('ADMIN') }),
      'PUT /api/auth/locale': () => noContent(),
    });
    const { user } = renderApp('/admin');
    const nav = await screen.findByRole('navigation', { name: '管理后台导航' });
    expect(within(nav).getByRole('link', { name: '审计日志' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(within(nav).getByRole('link', { name: 'Audit log' })).toBeVisible();
    expect(nav).toHaveAccessibleName('Administration navigation');
    await waitFor(() => expect(api.to('PUT /api/auth/locale')).toHaveLength(1));
    const [saved] = api.to('PUT /api/auth/locale');
    expect(saved?.body).toEqual({ locale: 'en-US' });
    expect(saved?.headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('shows a signed-in account in its saved language when this browser has no choice of its own', async () => {
    fakeApi({ 'GET /api/auth/session': () => json(200, { account: account('REVIEWER', { locale: 'en-US' }) }) });
    renderApp('/review');

    expect(await screen.findByRole('heading', { level: 1, name: 'Review workbench' })).toBeVisible();
  });
});
