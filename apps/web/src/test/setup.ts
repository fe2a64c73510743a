// Setup for the web unit tests: jest-dom matchers, translations in the default language, and a clean slate per test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n, initI18n } from '../i18n/i18n.ts';
import { resetCsrfToken } from '../lib/api-client.ts';

initI18n('zh-CN');

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
  resetCsrfToken();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
