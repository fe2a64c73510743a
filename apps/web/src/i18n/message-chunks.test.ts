// The chunked loading (a core and the parts pages want) against a real i18next instance, with chunk loads the test
// lets finish in any order.
import i18next, { type i18n as I18n, type ResourceKey } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMessageChunks, type MessageChunks } from './message-chunks.ts';

type Messages = Record<string, ResourceKey>;
type Part = 'core' | 'console' | 'staff';
const MESSAGES: Record<string, Record<Part, Messages>> = {
  'zh-CN': {
    core: { common: { language: '语言' } },
    console: { applicant: { home: { title: '我的备案' } } },
    staff: { review: { nav: { workbench: '工作台' } } },
  },
  'en-US': {
    core: { common: { language: 'Language' } },
    console: { applicant: { home: { title: 'My filings' } } },
    staff: { review: { nav: { workbench: 'Workbench' } } },
  },
};

/** A chunk load that finishes when the test says. */
type Pending = { part: Part; language: string; finish(): void; fail(): void };

let pending: Pending[];
let i18n: I18n;
let chunks: MessageChunks<Exclude<Part, 'core'>>;

function load(part: Part) {
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
async function finish(language: string, part: Part, how: 'finish' | 'fail' = 'finish') {
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
  const instanceChunks = createMessageChunks(instance, {
    core: load('core'),
    parts: { console: load('console'), staff: load('staff') },
  });
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

/** An applicant's page has loaded in Chinese: the console part is wanted and in. */
async function applicantPageLoaded() {
  const page = chunks.loadMessages(['console']);
  await finish('zh-CN', 'console');
  await page;
}

describe('a language switch and a console page loading at once', () => {
  it('shows the new language with its console part, when the page asks while the switch is loading the core', async () => {
    const shown: string[] = [];
    i18n.on('languageChanged', () => shown.push(i18n.t('applicant.home.title')));
    const switched = chunks.switchLanguage('en-US');
    await settle();
    expect(asked()).toEqual(['en-US core']);

    const page = chunks.loadMessages(['console']);
    await settle();
    // The page waits for the switch's read, which brings English's console part once its core is in; Chinese's is not fetched.
    expect(asked()).toEqual(['en-US core']);
    await finish('en-US', 'core');
    await finish('en-US', 'console');
    await Promise.all([switched, page]);

    expect(i18n.language).toBe('en-US');
    expect(shown).toEqual(['My filings']);
    expect(i18n.t('common.language')).toBe('Language');
    expect(asked()).toEqual([]);
  });

  it('holds the page until the console part is in when the switch finished first', async () => {
    await Promise.all([chunks.switchLanguage('en-US'), finish('en-US', 'core')]);
    let pageReady = false;
    const page = chunks.loadMessages(['console']).then(() => {
      pageReady = true;
    });
    await settle();
    expect(pageReady).toBe(false);
    await finish('en-US', 'console');
    await page;
    expect(i18n.t('applicant.home.title')).toBe('My filings');
  });
});

describe('once the console part is wanted', () => {
  beforeEach(applicantPageLoaded);

  it('reads a new language with the console part before it shows, and no staff words', async () => {
    const shown: string[] = [];
    i18n.on('languageChanged', () => shown.push(i18n.t('applicant.home.title')));
    const switched = chunks.switchLanguage('en-US');
    await settle();
    expect(asked().sort()).toEqual(['en-US console', 'en-US core']);
    await finish('en-US', 'console');
    await finish('en-US', 'core');
    await switched;
    expect(shown).toEqual(['My filings']);
    expect(i18n.t('common.language')).toBe('Language');
    expect(i18n.exists('review.nav.workbench')).toBe(false);
  });

  it('fetches the console part of a language whose core came in before, before switching to it', async () => {
    // English's core came in while only the core was wanted (a fresh instance, so nothing else is held).
    const { instance: earlier, instanceChunks: fresh } = await start('en-US');
    await Promise.all([earlier.changeLanguage('zh-CN'), finish('zh-CN', 'core')]);
    const page = fresh.loadMessages(['console']);
    await finish('zh-CN', 'console');
    await page;

    const shown: string[] = [];
    earlier.on('languageChanged', () => shown.push(earlier.t('applicant.home.title')));
    const switched = fresh.switchLanguage('en-US');
    await settle();
    expect(asked()).toEqual(['en-US console']);
    await finish('en-US', 'console');
    await switched;
    expect(shown).toEqual(['My filings']);
    expect(earlier.t('common.language')).toBe('Language');
  });

  it('shows the core when the console part fails inside a read, and fetches the console part again for the next page', async () => {
    const switched = chunks.switchLanguage('en-US');
    await finish('en-US', 'console', 'fail');
    await finish('en-US', 'core');
    await switched;
    expect(i18n.t('common.language')).toBe('Language');
    expect(i18n.exists('applicant.home.title')).toBe(false);

    const page = chunks.loadMessages(['console']);
    await finish('en-US', 'console');
    await page;
    expect(i18n.t('applicant.home.title')).toBe('My filings');
  });

  it('rejects a page whose console part fails to load, and tries again for the next', async () => {
    await Promise.all([i18n.changeLanguage('en-US'), finish('en-US', 'core'), finish('en-US', 'console', 'fail')]);
    const first = expect(chunks.loadMessages(['console'])).rejects.toThrow('en-US console failed');
    await finish('en-US', 'console', 'fail');
    await first;
    const second = chunks.loadMessages(['console']);
    await finish('en-US', 'console');
    await second;
    expect(i18n.t('applicant.home.title')).toBe('My filings');
  });
});

describe('a staff page after an applicant’s', () => {
  beforeEach(applicantPageLoaded);

  it('fetches only the part it lacks', async () => {
    const page = chunks.loadMessages(['console', 'staff']);
    await settle();
    expect(asked()).toEqual(['zh-CN staff']);
    await finish('zh-CN', 'staff');
    await page;
    expect(i18n.t('review.nav.workbench')).toBe('工作台');
    expect(i18n.t('applicant.home.title')).toBe('我的备案');
  });

  it('reads a new language with every part wanted so far, and no other', async () => {
    const page = chunks.loadMessages(['console', 'staff']);
    await finish('zh-CN', 'staff');
    await page;

    const shown: string[] = [];
    i18n.on('languageChanged', () =>
      shown.push(`${i18n.t('applicant.home.title')} / ${i18n.t('review.nav.workbench')}`),
    );
    const switched = chunks.switchLanguage('en-US');
    await settle();
    expect(asked().sort()).toEqual(['en-US console', 'en-US core', 'en-US staff']);
    await finish('en-US', 'staff');
    await finish('en-US', 'console');
    await finish('en-US', 'core');
    await switched;
    expect(shown).toEqual(['My filings / Workbench']);
  });
});
