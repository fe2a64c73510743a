// The sign-in page rendered to HTML at build time (scripts/prerender-sign-in.ts), once per language, so its form
// arrives with the page and the app hydrates it instead of painting it after the scripts have run
// (docs/decisions/043). The tree is the one main.tsx hydrates: the same providers and routes, the page in the state
// of its first render in the browser (the session still being asked for, so the form shows).
import type { Locale } from '@beian/contracts';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { preloadMatchedPages } from '../app/lazy-page.ts';
import { Providers } from '../app/providers.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { routes } from '../app/routes.tsx';
import { i18n, initI18n } from '../i18n/i18n.ts';
import { resources } from '../i18n/resources.ts';

/** The address whose page is prerendered. With `?next=` the page adds a notice, so that address is not. */
export const SIGN_IN_PATH = '/login';

export type PrerenderedPage = {
  /** What goes inside index.html's #root. */
  html: string;
  /** The tab title the page sets once it runs (usePageTitle). */
  title: string;
};

export async function renderSignInPage(locale: Locale): Promise<PrerenderedPage> {
  await initI18n(locale, resources);
  await preloadMatchedPages(routes, SIGN_IN_PATH);
  const router = createMemoryRouter(routes, { initialEntries: [SIGN_IN_PATH] });
  const html = renderToString(
    <StrictMode>
      <Providers queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
  return { html, title: i18n.t('common.pageTitle', { page: i18n.t('auth.login.title') }) };
}
