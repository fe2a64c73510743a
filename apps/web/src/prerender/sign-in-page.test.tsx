// The sign-in page as the build prerenders it: the whole form, labelled, in the language asked for, its submit button
// held until the app runs; and React hydrating that markup in the browser without a mismatch (which React would
// report and answer by throwing the markup away and painting anew). The browser's tree is App's (providers around
// the browser router at /login); App's RouterProvider from react-router/dom renders nothing under vitest's module
// resolution, so the test builds the same tree with react-router's own, which renders the same elements. The
// Playwright sign-in spec hydrates the real App.
import { act, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../app/providers.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { routes } from '../app/routes.tsx';
import { i18n } from '../i18n/i18n.ts';
import { fakeApi } from '../test/fake-api.ts';
import { renderSignInPage } from './sign-in-page.tsx';

/** The prerendered markup inside an #root of the document, as index.html carries it. */
function mount(html: string): HTMLElement {
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

describe('the prerendered sign-in page', () => {
  it.each([
    [
      'zh-CN',
      { title: '登录 · 备案控制台', heading: '登录备案控制台', email: '邮箱', password: '密码', submit: '登录' },
    ],
    [
      'en-US',
      {
        title: 'Sign in · Beian Console',
        heading: 'Sign in to Beian Console',
        email: 'Email',
        password: 'Password',
        submit: 'Sign in',
      },
    ],
  ] as const)(
    'is the whole form in %s, with labelled controls and the submit held until the app runs',
    async (locale, words) => {
      const page = await renderSignInPage(locale);
      const view = within(mount(page.html));

      expect(page.title).toBe(words.title);
      expect(view.getByRole('heading', { level: 1, name: words.heading })).toBeInTheDocument();
      expect(view.getByRole('textbox', { name: words.email })).toHaveAttribute('autocomplete', 'username');
      expect(view.getByLabelText(words.password)).toHaveAttribute('type', 'password');
      expect(view.getByRole('button', { name: words.submit })).toBeDisabled();
      expect(view.getByRole('button', { name: locale === 'zh-CN' ? 'English' : '中文' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
    },
  );

  it.each(['zh-CN', 'en-US'] as const)(
    'hydrates in %s without a mismatch, keeping what was typed, and then takes sign-ins',
    async (locale) => {
      const page = await renderSignInPage(locale);
      const container = mount(page.html);
      const heading = container.querySelector('h1');
      // Typed before the app ran: hydration keeps it.
      const email = container.querySelector<HTMLInputElement>('input[type="email"]');
      if (email) email.value = 'early@example.com';
      fakeApi({});
      window.history.replaceState(null, '', '/login');
      const consoleError = vi.spyOn(console, 'error');
      const recoverable: unknown[] = [];

      await act(async () => {
        root = hydrateRoot(
          container,
          <StrictMode>
            <Providers queryClient={createQueryClient()}>
              <RouterProvider router={createBrowserRouter(routes)} />
            </Providers>
          </StrictMode>,
          { onRecoverableError: (error) => recoverable.push(error) },
        );
      });

      expect(recoverable).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
      // The very element from the markup, kept rather than painted anew.
      expect(container.querySelector('h1')).toBe(heading);
      expect(i18n.language).toBe(locale);
      expect(screen.getByRole('textbox', { name: locale === 'zh-CN' ? '邮箱' : 'Email' })).toHaveValue(
        'early@example.com',
      );
      expect(screen.getByRole('button', { name: locale === 'zh-CN' ? '登录' : 'Sign in' })).toBeEnabled();
    },
  );
});
