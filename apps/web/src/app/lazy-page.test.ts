// What a lazy page waits for: its module and, unless it says the core messages are enough, every message of the
// language; and where the start-up preload finds lazy elements (the consoles' frame sits inside a guard).
import { createElement, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

let finishMessages: () => void = () => undefined;
const loadAllMessages = vi.fn(
  () =>
    new Promise<void>((resolve) => {
      finishMessages = resolve;
    }),
);

async function freshLazyPage() {
  vi.resetModules();
  vi.doMock('../i18n/i18n.ts', () => ({ loadAllMessages }));
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
  loadAllMessages.mockClear();
});

describe('lazyPage', () => {
  it('waits for every message unless the page says the core ones are enough', async () => {
    const { lazyPage } = await freshLazyPage();
    const consolePage = lazyPage(async () => ({ Page }), 'Page');
    const signIn = lazyPage(async () => ({ Page }), 'Page', { messages: 'core' });

    expect(await settled(signIn.preload())).toBe(true);
    expect(loadAllMessages).not.toHaveBeenCalled();

    const loading = consolePage.preload();
    expect(loadAllMessages).toHaveBeenCalledTimes(1);
    expect(await settled(loading)).toBe(false);
    finishMessages();
    expect(await loading).toBe(Page);
  });

  it('preloads the lazy elements of a matched route however deep, the consoles’ message gate among them', async () => {
    const { AllMessages, lazyPage, preloadMatchedPages } = await freshLazyPage();
    const Home = lazyPage(async () => ({ Page }), 'Page', { messages: 'core' });
    const routes: RouteObject[] = [
      {
        path: '/console',
        element: createElement(Guard, null, createElement(AllMessages, null, createElement('nav'))),
        children: [{ index: true, element: createElement(Home) }],
      },
      { path: '/login', element: createElement(Home) },
    ];

    await preloadMatchedPages(routes, '/login');
    expect(loadAllMessages).not.toHaveBeenCalled();

    const preloading = preloadMatchedPages(routes, '/console');
    expect(loadAllMessages).toHaveBeenCalledTimes(1);
    finishMessages();
    await preloading;
  });
});
