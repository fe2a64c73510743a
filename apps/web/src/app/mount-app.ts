// Puts the app into the page. A fresh render runs as a transition, which React renders in slices of a few
// milliseconds with the browser's turn between them: the first render of a console page (the verify step's form, its
// selects and their labels) is the longest piece of work in a page load, and in one piece it blocked the main thread
// for 150-200 ms on a mid-range phone's CPU (docs/performance.md). Hydrating markup rendered at build time runs as a
// transition too: React hydrates at the default priority in one piece otherwise, which for the verify step inside the
// console's frame was a task of 100-150 ms unslowed, 400-570 ms in Lighthouse's four-times-slower simulation.
import { type ReactNode, startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';

export function mountApp(container: HTMLElement, app: ReactNode, { hydrate }: { hydrate: boolean }): Root {
  if (hydrate) {
    let hydrated: Root | undefined;
    startTransition(() => {
      hydrated = hydrateRoot(container, app);
    });
    if (!hydrated) throw new Error('hydrateRoot returned no root');
    return hydrated;
  }
  const root = createRoot(container);
  startTransition(() => root.render(app));
  return root;
}
