// Browser entry point: zod configured before any schema exists (lib/zod-jitless.ts), translations first (so the
// first paint is in the right language), then the app.
import './lib/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import { initI18n } from './i18n/i18n.ts';
import './styles.css';
import './styles/filing-wizard.css';
import './styles/materials.css';

initI18n();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
