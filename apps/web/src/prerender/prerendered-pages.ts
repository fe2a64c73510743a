// What the browser needs to know of each page the build prerenders (the addresses are the contracts'
// PRERENDERED_PAGES, with the role a signed-in page is rendered for): the title it renders with. main.tsx
// hydrates the sign-in page's markup; a signed-in page's markup is a picture of the page that the app's first render
// replaces (docs/decisions/043 and 059).
import { PRERENDERED_PAGES, type PrerenderedPageAddress } from '@beian/contracts';
import type { TFunction } from 'i18next';

export type PrerenderedPageSpec = PrerenderedPageAddress & {
  /** The tab's title, as the page sets it once it runs (usePageTitle). */
  readonly title: (t: TFunction) => string;
};

export const PRERENDERED: readonly PrerenderedPageSpec[] = [
  { ...PRERENDERED_PAGES.signIn, title: (t) => t('auth.login.title') },
  { ...PRERENDERED_PAGES.newFiling, title: (t) => t('filing.verify.title') },
];

/** The prerendered page at an address, if any. */
export const prerenderedPageAt = (pathname: string) => PRERENDERED.find((page) => page.path === pathname);

/** Whether the app hydrates the markup the server sent rather than rendering over it. Only a page rendered for no
 * one, in the language the app starts in: a signed-in page's markup lacks the person (their name, a draft kept in
 * the tab), and hydrating the console's frame with the step cost more than rendering it afresh (one synchronous pass
 * once the session's and the page's answers arrived mid-hydration; docs/decisions/059). */
export function hydratesPrerendered(
  page: PrerenderedPageSpec | undefined,
  { renderedIn, language }: { renderedIn: string | undefined; language: string },
): boolean {
  return page !== undefined && page.role === undefined && renderedIn === language;
}
