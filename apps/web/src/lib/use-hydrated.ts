// Whether the app's scripts have taken over the page. False while React hydrates markup that was rendered at build
// time (prerender/render-page.tsx) and in that render itself; true from the next render on, and at once for a page
// React renders from scratch.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
