// A page rendered to HTML at build time (scripts/prerender-pages.ts), once per language, so it is on screen with the
// HTML instead of after the scripts have run (docs/decisions/043 and 059). The tree is the browser's: the same
// providers and routes, the page in the state of its first render there. The sign-in page, which main.tsx hydrates:
// the session still being asked for, so the form shows. A signed-in page, a picture the app's first render replaces:
// the session answered for an account of the page's role that names no one, and every other answer on its way.
import type { Account, Locale, Role } from '@beian/contracts';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { preloadMatchedPages } from '../app/lazy-page.ts';
import { Providers } from '../app/providers.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { routes } from '../app/routes.tsx';
import { setSignedInAccount } from '../features/auth/api/use-me.ts';
import { i18n, initI18n } from '../i18n/i18n.ts';
import { resources } from '../i18n/resources.ts';
import type { PrerenderedPageSpec } from './prerendered-pages.ts';

export { PRERENDERED } from './prerendered-pages.ts';

export type PrerenderedPage = {
  /** What goes inside index.html's #root. */
  html: string;
  /** The tab title the page sets once it runs (usePageTitle). */
  title: string;
};

/** The account a signed-in page is rendered for: a role, and nothing that belongs to a person. */
const anyoneWith = (role: Role, locale: Locale): Account => ({
  id: '00000000-0000-4000-8000-000000000000',
  email: '',
  displayName: '',
  role,
  locale,
});

export async function renderPage(page: PrerenderedPageSpec, locale: Locale): Promise<PrerenderedPage> {
  await initI18n(locale, resources);
  await preloadMatchedPages(routes, page.path);
  const queryClient = createQueryClient();
  if (page.role) setSignedInAccount(queryClient, anyoneWith(page.role, locale));
  const router = createMemoryRouter(routes, { initialEntries: [page.path] });
  const html = renderToString(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
  return { html, title: i18n.t('common.pageTitle', { page: page.title(i18n.t) }) };
}
