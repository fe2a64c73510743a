// Whether the screen matches a media query, following it as the window is resized or turned. Pages that change their
// structure on a phone (cards instead of a table, a folded stepper) ask here; pure restyling stays in the CSS.
import { useCallback, useSyncExternalStore } from 'react';

/** A phone held upright: the width below which tables become cards and the stepper folds. Same as the CSS. */
export const PHONE_QUERY = '(max-width: 640px)';

export function useMediaQuery(query: string): boolean {
  return useMediaQueryOrUnknown(query, false);
}

/** As useMediaQuery, with `unknown` as the answer where there is no screen to ask: in a render at build time
 * (a prerendered page) and while React hydrates that markup. The markup rendered then must suit every screen by CSS
 * alone; the answer comes in the render after hydration. */
export function useMediaQueryOrUnknown<U>(query: string, unknown: U): boolean | U {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  // A browser without matchMedia (or a test's DOM) gets the wide layout.
  const matches = () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  return useSyncExternalStore<boolean | U>(subscribe, matches, () => unknown);
}

/** Whether the screen is phone-sized. */
export const useIsPhone = () => useMediaQuery(PHONE_QUERY);

/** Whether the screen is phone-sized; undefined before there is a screen to ask (useMediaQueryOrUnknown). */
export const useIsPhoneOrUnknown = () => useMediaQueryOrUnknown(PHONE_QUERY, undefined);
