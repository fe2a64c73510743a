// Browser entry point: the page's code and the active language's messages requested together, and the first render
// once both are in (so the first paint is in the right language and whole). Until then index.html shows its own
// loading line, or, on the sign-in page and the new filing's verify step, the page itself rendered at build time in the
// language the server picked (docs/decisions/043 and 059): React hydrates the sign-in page, and renders the verify
// step afresh over its picture.
import { StrictMode } from 'react';
import { App } from './app/app.tsx';
import { preloadMatchedPages } from './app/lazy-page.ts';
import { mountApp } from './app/mount-app.ts';
import { createQueryClient } from './app/query-client.ts';
import { routes } from './app/routes.tsx';
import { prefetchMe } from './features/auth/api/use-me.ts';
import { i18n, initI18n } from './i18n/i18n.ts';
import { mirrorStoredLocale } from './i18n/locale-storage.ts';
import { hydratesPrerendered, prerenderedPageAt } from './prerender/prerendered-pages.ts';
import './styles.css';
import './styles/filing-wizard.css';
import './styles/materials.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The server picks a prerendered page's language from this cookie; a choice stored before the cookie
// existed reaches it from the next load on.
mirrorStoredLocale();
/** The language the server rendered the page in, when it sent a prerendered one. */
const prerendered = container.dataset.prerendered;
const prerenderedPage = prerendered ? prerenderedPageAt(window.location.pathname) : undefined;

const queryClient = createQueryClient();
// The session is asked for alongside the code and the messages, not after them: a signed-in page's guards wait for
// it. Not on the prerendered sign-in page, whose first render must match the markup it hydrates, whatever the
// session says by then (its guard asks on mounting, as before). A prerendered signed-in page's first render waits for
// it too, so that render is the page, not the guard's spinner over the page's picture.
const awaitsSession = Boolean(prerenderedPage?.role);
const session = !prerendered || awaitsSession ? prefetchMe(queryClient) : undefined;

// The first render waits for both, so the page appears whole instead of a spinner that it then replaces (a layout
// shift). A language that fails to load still renders (keys instead of words) rather than a blank page.
// The page's chunks are asked for in a task of their own: the preload adds a link per chunk to the document (30 and
// more for a wizard step), and together with evaluating the app's own code that made one long task.
const pageLoaded = new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
  preloadMatchedPages(routes, window.location.pathname),
);
void Promise.allSettled([initI18n(), pageLoaded, awaitsSession ? session : undefined]).then(() => {
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  // A signed-in page, or one prerendered in another language than this browser's choice (a choice the cookie did
  // not carry): rendered anew over the markup.
  mountApp(container, app, {
    hydrate: hydratesPrerendered(prerenderedPage, { renderedIn: prerendered, language: i18n.language }),
  });
});
