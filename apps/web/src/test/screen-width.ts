// A screen of a given width for components that change structure on a phone (useMediaQuery): the DOM under test has
// no layout, so matchMedia answers the width queries from this number.
import { vi } from 'vitest';

export function stubScreenWidth(width: number): void {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /\(max-width:\s*(\d+)px\)/.exec(query)?.[1];
    return {
      matches: max !== undefined && width <= Number(max),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    };
  });
}
