// The sign-in area renders before the rest of a language's messages have loaded (i18n.ts): every message it shows,
// feedback and refusals included, must be among the core ones, in both languages.
import type { Locale } from '@beian/contracts';
import { screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeApi, problem } from '../test/fake-api.ts';
import { renderApp } from '../test/render-app.tsx';
import { i18n } from './i18n.ts';
import { enUSCore } from './locales/en-US/core.ts';
import { zhCNCore } from './locales/zh-CN/core.ts';
import { resources } from './resources.ts';

const CORE: Record<Locale, object> = { 'zh-CN': zhCNCore, 'en-US': enUSCore };
const missing: string[] = [];
const noteMissing = (_languages: readonly string[], _namespace: string, key: string) => missing.push(key);

function holdOnlyCore() {
  for (const [language, core] of Object.entries(CORE)) {
    i18n.removeResourceBundle(language, 'translation');
    i18n.addResourceBundle(language, 'translation', core);
  }
}

beforeAll(() => {
  holdOnlyCore();
  i18n.options.saveMissing = true;
  i18n.on('missingKey', noteMissing);
});
afterEach(() => {
  missing.length = 0;
});
afterAll(() => {
  i18n.off('missingKey', noteMissing);
  i18n.options.saveMissing = false;
  for (const [language, bundle] of Object.entries(resources)) {
    i18n.addResourceBundle(language, 'translation', bundle.translation, true, true);
  }
});

const PAGES = [
  '/login',
  '/login?next=%2Fconsole',
  '/register',
  '/register/check-email?email=a%40example.com',
  '/verify-email#token=aaaaaaaaaaaaaaaaaaaaaaaa',
  '/forgot-password',
  '/reset-password#token=aaaaaaaaaaaaaaaaaaaaaaaa',
  '/invite#token=aaaaaaaaaaaaaaaaaaaaaaaa',
  '/no-such-page',
];

describe.each(['zh-CN', 'en-US'] as const)('the core messages in %s', (language) => {
  it.each(PAGES)('word %s', async (path) => {
    await i18n.changeLanguage(language);
    fakeApi({});
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    // Lets the page settle (queries answered, effects run) before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(missing).toEqual([]);
  });

  it('word the sign-in form’s feedback and a refused sign-in', async () => {
    await i18n.changeLanguage(language);
    fakeApi({ 'POST /api/auth/login': () => problem(401, 'INVALID_CREDENTIALS') });
    const { user } = renderApp('/login');
    const submit = await screen.findByRole('button', { name: i18n.t('auth.login.submit') });
    await user.click(submit);
    expect(await screen.findAllByText(i18n.t('validation.required'))).not.toHaveLength(0);
    await user.type(screen.getByLabelText(i18n.t('auth.login.email')), 'someone@example.com');
    await user.type(screen.getByLabelText(i18n.t('auth.login.password')), 'a-wrong-password');
    await user.click(submit);
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(missing).toEqual([]);
  });
});
