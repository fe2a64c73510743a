// The languages of the console, apart from any schema: the web app's first page reads them without loading zod
// (docs/decisions/049).

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The cookie in which the web app mirrors a language chosen in the browser, so the server can send the sign-in
 * page already rendered in it (docs/decisions/043). */
export const LOCALE_COOKIE = 'beian.locale';
