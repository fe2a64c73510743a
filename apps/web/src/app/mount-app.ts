// Puts the app into the page. A fresh render runs as a transition, which React renders in slices of a few
// milliseconds with the browser's turn between them: the first render of a console page (the verify step's form, its
// selects and their labels) is the longest piece of work in a page load, and in one piece it blocked the main thread
// for 150-200 ms on a mid-range phone's CPU (docs/performance.md). Hydrating the prerendered sign-in page is left as
// React does it.
import { type ReactNode, startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';

export function mountApp(container: HTMLElement, app: ReactNode, { hydrate }: { hydrate: boolean }): Root {
  if (hydrate) return hydrateRoot(container, app);
  const root = createRoot(container);
  startTransition(() => root.render(app));
  return root;
}
