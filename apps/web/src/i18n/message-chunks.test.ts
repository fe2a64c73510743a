// The two-chunk loading against a real i18next instance, with chunk loads the test lets finish in any order.
import i18next, { type i18n as I18n, type ResourceKey } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMessageChunks, type MessageChunks } from './message-chunks.ts';

type Messages = Record<string, ResourceKey>;
const MESSAGES: Record<string, { core: Messages; rest: Messages }> = {
  'zh-CN': { core: { common: { language: '语言' } }, rest: { applicant: { home: { title: '我的备案' } } } },
  'en-US': { core: { common: { language: 'Language' } }, rest: { applicant: { home: { title: 'My filings' } } } },
};

/** A chunk load that finishes when the test says. */
type Pending = { part: 'core' | 'rest'; language: string; finish(): void; fail(): void };

let pending: Pending[];
let i18n: I18n;
let chunks: MessageChunks;

function load(part: 'core' | 'rest') {
  return (language: string) =>
    new Promise<Messages>((resolve, reject) => {
      pending.push({
        part,
        language,
        finish: () => resolve(structuredClone(MESSAGES[language]?.[part] ?? {})),
        fail: () => reject(new Error(`${language} ${part} failed`)),
      });
    });
}

/** Lets every settled promise's reactions run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Finishes the pending load of a language's part, once it has been asked for. */
async function finish(language: string, part: 'core' | 'rest', how: 'finish' | 'fail' = 'finish') {
  await settle();
  const found = pending.find((load) => load.language === language && load.part === part);
  if (!found) throw new Error(`no ${language} ${part} load pending`);
  pending.splice(pending.indexOf(found), 1);
  found[how]();
  await settle();
}

const asked = () => pending.map((load) => `${load.language} ${load.part}`);

/** A new i18next instance with the chunks as its backend, started in `language` (its core loaded). */
async function start(language: string) {
  pending = [];
  const instance = i18next.createInstance();
  const instanceChunks = createMessageChunks(instance, { core: load('core'), rest: load('rest') });
  const ready = instance.use(instanceChunks.backend).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: ['zh-CN', 'en-US'],
    load: 'currentOnly',
    initAsync: false,
    showSupportNotice: false,
  });
  await finish(language, 'core');
  await ready;
  return { instance, instanceChunks };
}

beforeEach(async () => {
  ({ instance: i18n, instanceChunks: chunks } = await start('zh-CN'));
});

describe('a language switch and a console page loading at once', () => {
  it('shows the new language with its rest, when the page asks while the switch is loading the core', async () => {
    const shown: string[] = [];
    i18n.on('languageChanged', () => shown.push(i18n.t('applicant.home.title')));
    const switched = chunks.switchLanguage('en-US');
    await settle();
    expect(asked()).toEqual(['en-US core']);

    const page = chunks.loadAllMessages();
    await settle();
    // The page waits for the switch's read, which brings English's rest once its core is in; Chinese's is not fetched.
    expect(asked()).toEqual(['en-US core']);
    await finish('en-US', 'core');
    await finish('en-US', 'rest');
    await Promise.all([switched, page]);

    expect(i18n.language).toBe('en-US');
    expect(shown).toEqual(['My filings']);
    expect(i18n.t('common.language')).toBe('Language');
    expect(asked()).toEqual([]);
  });

  it('holds the page until the rest is in when the switch finished first', async () => {
    await Promise.all([chunks.switchLanguage('en-US'), finish('en-US', 'core')]);
    let pageReady = false;
    const page = chunks.loadAllMessages().then(() => {
      pageReady = true;
    });
    await settle();
    expect(pageReady).toBe(false);
    await finish('en-US', 'rest');
    await page;
    expect(i18n.t('applicant.home.title')).toBe('My filings');
  });
});

describe('once every message is wanted', () => {
  beforeEach(async () => {
    const page = chunks.loadAllMessages();
    await finish('zh-CN', 'rest');
    await page;
  });

  it('reads a new language whole before it shows', async () => {
    const shown: string[] = [];
    i18n.on('languageChanged', () => shown.push(i18n.t('applicant.home.title')));
    const switched = chunks.switchLanguage('en-US');
    await settle();
    expect(asked().sort()).toEqual(['en-US core', 'en-US rest']);
    await finish('en-US', 'rest');
    await finish('en-US', 'core');
    await switched;
    expect(shown).toEqual(['My filings']);
    expect(i18n.t('common.language')).toBe('Language');
  });

  it('fetches the rest of a language whose core came in before, before switching to it', async () => {
    // English's core came in while only the core was wanted (a fresh instance, so nothing else is held).
    const { instance: earlier, instanceChunks: fresh } = await start('en-US');
    await Promise.all([earlier.changeLanguage('zh-CN'), finish('zh-CN', 'core')]);
    const page = fresh.loadAllMessages();
    await finish('zh-CN', 'rest');
    await page;

    const shown: string[] = [];
    earlier.on('languageChanged', () => shown.push(earlier.t('applicant.home.title')));
    const switched = fresh.switchLanguage('en-US');
    await settle();
    expect(asked()).toEqual(['en-US rest']);
    await finish('en-US', 'rest');
    await switched;
    expect(shown).toEqual(['My filings']);
    expect(earlier.t('common.language')).toBe('Language');
  });

  it('shows the core when the rest fails inside a read, and fetches the rest again for the next page', async () => {
    const switched = chunks.switchLanguage('en-US');
    await finish('en-US', 'rest', 'fail');
    await finish('en-US', 'core');
    await switched;
    expect(i18n.t('common.language')).toBe('Language');
    expect(i18n.exists('applicant.home.title')).toBe(false);

    const page = chunks.loadAllMessages();
    await finish('en-US', 'rest');
    await page;
    expect(i18n.t('applicant.home.title')).toBe('My filings');
  });

  it('rejects a page whose rest fails to load, and tries again for the next', async () => {
    await Promise.all([i18n.changeLanguage('en-US'), finish('en-US', 'core'), finish('en-US', 'rest', 'fail')]);
    const first = chunks.loadAllMessages();
    await finish('en-US', 'rest', 'fail');
    await expect(first).rejects.toThrow('en-US rest failed');
    const second = chunks.loadAllMessages();
    await finish('en-US', 'rest');
    await second;
    expect(i18n.t('applicant.home.title')).toBe('My filings');
  });
});
