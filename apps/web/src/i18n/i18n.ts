// Sets up i18next: Simplified Chinese by default, English second. The active language drives <html lang> and is remembered.
import { LOCALES, type Locale, LocaleSchema } from '@beian/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStoredLocale, storeLocale } from './locale-storage.ts';
import { enUS } from './locales/en-US/index.ts';
import { zhCN } from './locales/zh-CN/index.ts';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const resources = { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } } as const;

function reflectInDocument(language: string) {
  document.documentElement.lang = language;
}

/** Initialises the shared i18next instance synchronously (resources are bundled), in the remembered language. */
export function initI18n(language: Locale = readStoredLocale() ?? DEFAULT_LOCALE) {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', reflectInDocument);
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LOCALE,
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
    void i18n.changeLanguage(language);
  }
  reflectInDocument(i18n.language);
  return i18n;
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
