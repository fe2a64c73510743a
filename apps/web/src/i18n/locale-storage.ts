// Remembers the chosen language in this browser, so a reload (or the next visit) keeps it before anyone signs in.
// The choice is also mirrored in a cookie, which is how the server knows which language's prerendered sign-in page to
// send (docs/decisions/043); the app reads the browser's storage first and the cookie when storage has nothing.
import { isLocale, LOCALE_COOKIE, type Locale } from '@beian/contracts';

const STORAGE_KEY = 'beian.locale';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The choice stored in this browser: its storage, or else the cookie (whose language the server rendered the
 * sign-in page in). */
export function readStoredLocale(): Locale | undefined {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); the default language still works.
  }
  const chosen = stored ?? localeCookie();
  return isLocale(chosen) ? chosen : undefined;
}

function localeCookie(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const prefix = `${LOCALE_COOKIE}=`;
  return document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(prefix))
    ?.slice(prefix.length);
}

function writeLocaleCookie(locale: Locale): void {
  // The Cookie Store API is missing from browsers still in use; the value is one of two fixed words.
  // biome-ignore lint/suspicious/noDocumentCookie: see above
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not being able to remember the choice must not stop the switch itself.
  }
  writeLocaleCookie(locale);
}

/** Writes the stored choice to the cookie again: a choice stored before the cookie existed (or whose cookie expired
 * or was cleared) reaches the server from the next page load on. */
export function mirrorStoredLocale(): void {
  const stored = readStoredLocale();
  if (stored) writeLocaleCookie(stored);
}
