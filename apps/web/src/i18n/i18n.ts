// Sets up i18next: Simplified Chinese by default, English second. The active language drives <html lang> and is
// remembered. Each language comes in three chunks, loaded when first needed (message-chunks.ts): its core (the frame,
// the sign-in area, form feedback) on a page load, the consoles' words with the first console page (an applicant's
// page waits for these), and the staff's words with the first reviewer's, administrator's or photo point's page
// (loadMessages, which the pages wait for). Only the active language is fetched. Tests pass both languages whole
// (resources.ts) and need no loading.
import { isLocale, LOCALES, type Locale } from '@beian/contracts';
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStoredLocale, storeLocale } from './locale-storage.ts';
import type { ConsoleMessages, CoreMessages, StaffMessages } from './locales/zh-CN/index.ts';
import { createMessageChunks } from './message-chunks.ts';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

const loaders = {
  core: (language: string): Promise<CoreMessages> =>
    language === 'en-US'
      ? import('./locales/en-US/core.ts').then((module) => module.enUSCore)
      : import('./locales/zh-CN/core.ts').then((module) => module.zhCNCore),
  parts: {
    console: (language: string): Promise<ConsoleMessages> =>
      language === 'en-US'
        ? import('./locales/en-US/console.ts').then((module) => module.enUSConsole)
        : import('./locales/zh-CN/console.ts').then((module) => module.zhCNConsole),
    staff: (language: string): Promise<StaffMessages> =>
      language === 'en-US'
        ? import('./locales/en-US/staff.ts').then((module) => module.enUSStaff)
        : import('./locales/zh-CN/staff.ts').then((module) => module.zhCNStaff),
  },
};

/** A part of a language's messages beyond its core, loaded with the first page that wants it. */
export type MessagePart = keyof typeof loaders.parts;

/** Set when the messages were handed in whole (tests): nothing is ever loaded. */
let bundled = false;
const chunks = createMessageChunks(i18n, loaders);

/** Resolves once the active language has these parts of its messages: what a page outside the sign-in area waits
 * for before it renders. */
export function loadMessages(parts: readonly MessagePart[]): Promise<void> {
  return bundled ? Promise.resolve() : chunks.loadMessages(parts);
}

/** Switches the interface language (without remembering it), its messages in before it shows. With the messages
 * handed in whole, no page ever asks for a part, so this is a plain switch. */
export function switchLanguage(language: Locale): Promise<void> {
  return chunks.switchLanguage(language);
}

function reflectInDocument(language: string) {
  // Some pages are also rendered at build time, where there is no document (prerender/render-page.tsx).
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Initialises the shared i18next instance in the remembered language. The promise settles once that language's
 * messages are in: at once when `resources` are given, after its chunk has loaded otherwise. */
export function initI18n(language: Locale = readStoredLocale() ?? DEFAULT_LOCALE, resources?: Resource) {
  let ready: Promise<unknown>;
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', reflectInDocument);
    bundled = resources !== undefined;
    if (!resources) i18n.use(chunks.backend);
    ready = i18n.use(initReactI18next).init({
      resources,
      lng: language,
      // Every language has every message (the locales share one type), so nothing falls back to another language,
      // and a page load fetches the active language only.
      fallbackLng: false,
      supportedLngs: [...LOCALES],
      load: 'currentOnly',
      initAsync: false,
      // React already escapes what it renders.
      interpolation: { escapeValue: false },
      returnNull: false,
      // Keeps the browser console (and test output) free of the library's advertisement.
      showSupportNotice: false,
    });
  } else if (i18n.language !== language) {
    ready = switchLanguage(language);
  } else {
    ready = Promise.resolve();
  }
  reflectInDocument(i18n.language);
  return ready;
}

/** The active language as one of the supported locales. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the interface language and remembers the choice in this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  await switchLanguage(locale);
}

export { i18n };
