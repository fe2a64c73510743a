// Setup for the web unit tests: jest-dom matchers, translations in the default language, a browser clock that starts
// on the fixtures' date whatever day the suite runs, and a clean slate per test (no language chosen, in storage or cookie).
import '@testing-library/jest-dom/vitest';
import { LOCALE_COOKIE } from '@beian/contracts';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n, initI18n } from '../i18n/i18n.ts';
import { resources } from '../i18n/resources.ts';
import { resetCsrfToken } from '../lib/api-client.ts';

initI18n('zh-CN', resources);

// Pages are lazy chunks (app/lazy-page.ts): the first render of a page in a test file waits for its module to be
// transformed and imported, which on a busy machine takes longer than the library's default second.
configure({ asyncUtilTimeout: 5000 });

/** The browser's "now" at the start of every test: the days the fixtures are written around. It moves on with real
 * time (timers stay real); a test that needs another instant sets its own fake timers. */
export const TEST_NOW = new Date('2026-11-29T06:00:00.000Z');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW, shouldAdvanceTime: true });
  window.localStorage.clear();
  // biome-ignore lint/suspicious/noDocumentCookie: the language choice's mirror, forgotten like the storage above
  document.cookie = `${LOCALE_COOKIE}=; path=/; max-age=0`;
  await i18n.changeLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  resetCsrfToken();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
