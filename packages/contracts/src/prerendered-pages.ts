// The pages the web build renders to HTML in each language, and the API sends already rendered for their address
// (docs/decisions/043 and 059). Apart from any schema: the web app's first page reads it without loading zod.
import type { Role } from './common.ts';
import type { Locale } from './locales.ts';

export type PrerenderedPageName = 'signIn' | 'newFiling';

export type PrerenderedPageAddress = {
  /** The address whose page is prerendered, without a query: with one, index.html is sent. */
  readonly path: string;
  /** The file's name in the build's `prerendered/` folder, before the locale. */
  readonly file: string;
  /** A signed-in page is rendered for an account of this role that names no one, and sent only to a browser that
   * carries a session: a visitor without one is sent to sign in by the app, and the console's frame should not flash
   * for them on the way. */
  readonly role?: Role;
};

export const PRERENDERED_PAGES: Readonly<Record<PrerenderedPageName, PrerenderedPageAddress>> = {
  signIn: { path: '/login', file: 'login' },
  // The applicant's first wizard step: the console's frame and what to prepare, the form still empty.
  newFiling: { path: '/console/filings/new', file: 'new-filing', role: 'APPLICANT' },
};

/** Where in the build a prerendered page lies, for one language. */
export const prerenderedFile = (page: PrerenderedPageAddress, locale: Locale) =>
  `prerendered/${page.file}.${locale}.html`;
