// Remembers the chosen language in this browser, so a reload (or the next visit) keeps it before anyone signs in.
import { type Locale, LocaleSchema } from '@beian/contracts';

const STORAGE_KEY = 'beian.locale';

export function readStoredLocale(): Locale | undefined {
  try {
    const parsed = LocaleSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); the default language still works.
    return undefined;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not being able to remember the choice must not stop the switch itself.
  }
}
