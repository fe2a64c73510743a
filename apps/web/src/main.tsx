// Browser entry point: zod configured before any schema exists (lib/zod-jitless.ts), the page's code and the active
// language's messages requested together, and the first render once both are in (so the first paint is in the right
// language and whole). Until then index.html shows its own loading line.
import './lib/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadMatchedPages } from './app/lazy-page.ts';
import { createQueryClient } from './app/query-client.ts';
import { routes } from './app/routes.tsx';
import { initI18n } from './i18n/i18n.ts';
import './styles.css';
import './styles/filing-wizard.css';
import './styles/materials.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first render waits for both, so the page appears whole instead of a spinner that it then replaces (a layout
// shift). A language that fails to load still renders (keys instead of words) rather than a blank page.
void Promise.allSettled([initI18n(), preloadMatchedPages(routes, window.location.pathname)]).then(() => {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  );
});
