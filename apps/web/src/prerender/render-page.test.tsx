// The pages as the build prerenders them: the sign-in page's whole form, labelled, in the language asked for, its
// submit held until the app runs, and React hydrating that markup in the browser without a mismatch (which React
// would report and answer by throwing the markup away and painting anew); the new filing's verify step inside the
// applicant's console, rendered for the role and naming no one, its controls held until the app runs, and the app's
// first render for a signed-in applicant putting the same page in its place. The browser's tree is
// App's (providers around the browser router); App's RouterProvider from react-router/dom renders nothing under
// vitest's module resolution, so the test builds the same tree with react-router's own, which renders the same
// elements. The Playwright specs hydrate the real App.
import { act, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountApp } from '../app/mount-app.ts';
import { Providers } from '../app/providers.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { routes } from '../app/routes.tsx';
import { setSignedInAccount } from '../features/auth/api/use-me.ts';
import { i18n } from '../i18n/i18n.ts';
import { account, fakeApi, json } from '../test/fake-api.ts';
import { hydratesPrerendered, PRERENDERED, prerenderedPageAt } from './prerendered-pages.ts';
import { renderPage } from './render-page.tsx';

const signInPage = prerenderedPageAt('/login');
const newFilingPage = prerenderedPageAt('/console/filings/new');
if (!signInPage || !newFilingPage) throw new Error('the sign-in page and the verify step are prerendered');

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
  window.sessionStorage.clear();
});

/** The app's tree at the browser's address. */
const app = (queryClient: ReturnType<typeof createQueryClient>) => (
  <StrictMode>
    <Providers queryClient={queryClient}>
      <RouterProvider router={createBrowserRouter(routes)} />
    </Providers>
  </StrictMode>
);

/** Hydrates the markup in `container` as main.tsx does, collecting what React reports. */
async function hydrate(container: HTMLElement, queryClient = createQueryClient()) {
  const consoleError = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, app(queryClient), {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  return { recoverable, consoleError };
}

it('lists the sign-in page, hydrated in its own language only, and the verify step, rendered over', () => {
  expect(PRERENDERED.map((page) => page.path)).toEqual(['/login', '/console/filings/new']);
  expect(hydratesPrerendered(signInPage, { renderedIn: 'en-US', language: 'en-US' })).toBe(true);
  expect(hydratesPrerendered(signInPage, { renderedIn: 'zh-CN', language: 'en-US' })).toBe(false);
  expect(hydratesPrerendered(newFilingPage, { renderedIn: 'zh-CN', language: 'zh-CN' })).toBe(false);
  expect(hydratesPrerendered(undefined, { renderedIn: 'zh-CN', language: 'zh-CN' })).toBe(false);
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
      const page = await renderPage(signInPage, locale);
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
      const page = await renderPage(signInPage, locale);
      const container = mount(page.html);
      const heading = container.querySelector('h1');
      // Typed before the app ran: hydration keeps it.
      const email = container.querySelector<HTMLInputElement>('input[type="email"]');
      if (email) email.value = 'early@example.com';
      fakeApi({});
      window.history.replaceState(null, '', '/login');

      const { recoverable, consoleError } = await hydrate(container);

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

describe('the prerendered verify step of a new filing', () => {
  const words = {
    'zh-CN': {
      title: '验证备案信息 · 备案控制台',
      heading: '验证备案信息',
      prepare: '开始前需要准备的信息',
      province: '主办单位所在省份',
      domain: '网站域名',
      submit: '开始验证',
      role: '申请人',
    },
    'en-US': {
      title: 'Verify filing details · Beian Console',
      heading: 'Verify filing details',
      prepare: 'What to prepare before you start',
      province: 'Province of the subject',
      domain: 'Website domain',
      submit: 'Verify',
      role: 'Applicant',
    },
  } as const;

  it.each(['zh-CN', 'en-US'] as const)(
    'is the step inside the applicant console in %s, naming no one, its controls held until the app runs',
    async (locale) => {
      const page = await renderPage(newFilingPage, locale);
      const container = mount(page.html);
      const view = within(container);
      const w = words[locale];

      expect(page.title).toBe(w.title);
      expect(view.getByRole('heading', { level: 1, name: w.heading })).toBeInTheDocument();
      expect(view.getByText(w.prepare)).toBeInTheDocument();
      expect(view.getByText(w.role)).toBeInTheDocument();
      expect(container.querySelector('.topbar__name')).toBeEmptyDOMElement();
      expect(view.getByRole('combobox', { name: w.province })).toBeDisabled();
      expect(view.getByRole('textbox', { name: w.domain })).toBeDisabled();
      expect(view.getByRole('button', { name: w.submit })).toBeDisabled();
    },
  );

  it('folds the stepper on a phone and shows the row on a wide screen by the stylesheet alone', async () => {
    const view = within(mount((await renderPage(newFilingPage, 'zh-CN')).html));
    const nav = view.getByRole('navigation', { name: '备案步骤' });
    // Both are in the markup; the screen's width picks one (styles/filing-wizard.css, .stepper--any-screen).
    expect(nav).toHaveClass('stepper--any-screen');
    expect(within(nav).getByText('第 1 步，共 7 步')).toBeInTheDocument();
    expect(within(within(nav).getByRole('list')).getAllByRole('listitem')).toHaveLength(7);
  });

  it.each(['zh-CN', 'en-US'] as const)(
    'is replaced in %s by the same page once the app renders for a signed-in applicant, naming them',
    async (locale) => {
      const page = await renderPage(newFilingPage, locale);
      const container = mount(page.html);
      const w = words[locale];
      const labels = () => [...container.querySelectorAll('label, legend')].map((label) => label.textContent);
      const before = labels();
      const pictured = container.querySelector('h1');
      fakeApi({ 'GET /api/resources': () => json(200, { resources: [] }) });
      window.history.replaceState(null, '', '/console/filings/new');
      // main.tsx has the session's answer before this first render.
      const queryClient = createQueryClient();
      setSignedInAccount(queryClient, account('APPLICANT', { displayName: '张三', locale }));
      const consoleError = vi.spyOn(console, 'error');

      await act(async () => {
        root = mountApp(container, app(queryClient), { hydrate: false });
      });

      await waitFor(() => expect(container.querySelector('.topbar__name')).toHaveTextContent('张三'));
      expect(consoleError).not.toHaveBeenCalled();
      expect(screen.getByRole('heading', { level: 1, name: w.heading })).toBeInTheDocument();
      // The same fields, labelled alike, now taking input; the wide screen's stepper alone.
      expect(labels()).toEqual(before);
      expect(screen.getByRole('combobox', { name: w.province })).toBeEnabled();
      expect(screen.getByRole('textbox', { name: w.domain })).toBeEnabled();
      expect(screen.getByRole('button', { name: w.submit })).toBeEnabled();
      expect(container.querySelector('.stepper')).not.toHaveClass('stepper--any-screen');
      // Rendered over, not hydrated: the markup's elements are gone.
      expect(pictured?.isConnected).toBe(false);
    },
  );
});
