// What a lazy page waits for: its module and the parts of the language's messages it says it is worded with (every
// part unless it says less); and where the start-up preload finds lazy elements (the consoles' frame sits inside a
// guard).
import { createElement, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

let finishMessages: () => void = () => undefined;
const loadMessages = vi.fn(
  (_parts: readonly string[]) =>
    new Promise<void>((resolve) => {
      finishMessages = resolve;
    }),
);

async function freshLazyPage() {
  vi.resetModules();
  vi.doMock('../i18n/i18n.ts', () => ({ loadMessages }));
  return import('./lazy-page.ts');
}

const Page = () => null;
const Guard = ({ children }: { children?: ReactNode }) => children;
const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
};

beforeEach(() => {
  loadMessages.mockClear();
});

describe('lazyPage', () => {
  it('waits for every message unless the page says the core ones are enough', async () => {
    const { lazyPage } = await freshLazyPage();
    const staffPage = lazyPage(async () => ({ Page }), 'Page');
    const signIn = lazyPage(async () => ({ Page }), 'Page', { messages: 'core' });

    expect(await settled(signIn.preload())).toBe(true);
    expect(loadMessages).not.toHaveBeenCalled();

    const loading = staffPage.preload();
    expect(loadMessages).toHaveBeenCalledExactlyOnceWith(['console', 'staff']);
    expect(await settled(loading)).toBe(false);
    finishMessages();
    expect(await loading).toBe(Page);
  });

  it('waits for the consoles’ words alone on a page that says so (an applicant’s)', async () => {
    const { lazyPage } = await freshLazyPage();
    const applicantPage = lazyPage(async () => ({ Page }), 'Page', { messages: 'console' });
    const loading = applicantPage.preload();
    expect(loadMessages).toHaveBeenCalledExactlyOnceWith(['console']);
    expect(await settled(loading)).toBe(false);
    finishMessages();
    expect(await loading).toBe(Page);
  });

  it('preloads the lazy elements of a matched route however deep, the consoles’ message gate among them', async () => {
    const { MessagesFor, lazyPage, preloadMatchedPages } = await freshLazyPage();
    const Home = lazyPage(async () => ({ Page }), 'Page', { messages: 'core' });
    const routes: RouteObject[] = [
      {
        path: '/console',
        element: createElement(Guard, null, createElement(MessagesFor.console, null, createElement('nav'))),
        children: [{ index: true, element: createElement(Home) }],
      },
      { path: '/login', element: createElement(Home) },
    ];

    await preloadMatchedPages(routes, '/login');
    expect(loadMessages).not.toHaveBeenCalled();

    const preloading = preloadMatchedPages(routes, '/console');
    expect(loadMessages).toHaveBeenCalledExactlyOnceWith(['console']);
    finishMessages();
    await preloading;
  });
});
