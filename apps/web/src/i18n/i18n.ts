// Sets up i18next: Simplified Chinese by default, English second. The active language drives <html lang> and is
// remembered. Each language is its own chunk, loaded when it is first used (only the active one on a page load);
// tests pass both bundles in (resources.ts) and need no loading.
import { LOCALES, type Locale, LocaleSchema } from '@beian/contracts';
import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStoredLocale, storeLocale } from './locale-storage.ts';
import type { Messages } from './locales/zh-CN/index.ts';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

function loadMessages(language: string): Promise<Messages> {
  return language === 'en-US'
    ? import('./locales/en-US/index.ts').then((module) => module.enUS)
    : import('./locales/zh-CN/index.ts').then((module) => module.zhCN);
}

/** Hands i18next a language's messages from its chunk the first time the language is needed. */
const localeChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    loadMessages(language).then(
      (messages) => callback(null, messages),
      (error: Error) => callback(error, false),
    );
  },
};

function reflectInDocument(language: string) {
  document.documentElement.lang = language;
}

/** Initialises the shared i18next instance in the remembered language. The promise settles once that language's
 * messages are in: at once when `resources` are given, after its chunk has loaded otherwise. */
export function initI18n(language: Locale = readStoredLocale() ?? DEFAULT_LOCALE, resources?: Resource) {
  let ready: Promise<unknown>;
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', reflectInDocument);
    if (!resources) i18n.use(localeChunks);
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
    ready = i18n.changeLanguage(language);
  } else {
    ready = Promise.resolve();
  }
  reflectInDocument(i18n.language);
  return ready;
}

/** The active language as one of the supported locales. */
export function currentLocale(): Locale {
  const parsed = LocaleSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}

/** Switches the interface language and remembers the choice in this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  await i18n.changeLanguage(locale);
}

export { i18n };
