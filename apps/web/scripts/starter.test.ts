// The starter a built page loads instead of the app's entry: it imports the entry only after the browser has shown
// two frames (the first paint), at once in a background tab, and hints the chunks it is given as it starts.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hintedChunks, withStarter, writeStarter } from './starter.ts';

let dist = '';
beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'beian-starter-'));
  await mkdir(path.join(dist, 'assets'));
});
afterEach(() => rm(dist, { recursive: true, force: true }));

/** Runs a starter's source the way a browser would, with `import()` recorded instead of performed and the frames
 * and timers the test's to run. */
async function run(address: string, visibility: 'visible' | 'hidden') {
  const source = await readFile(path.join(dist, address), 'utf8');
  const imported: string[] = [];
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const head = { links: [] as { rel: string; href: string; crossOrigin: string }[] };
  const document = {
    visibilityState: visibility,
    createElement: () => ({ rel: '', href: '', crossOrigin: 'unset' }),
    head: { append: (link: (typeof head.links)[number]) => head.links.push(link) },
  };
  const body = source.replaceAll('import(', 'load(');
  expect(body).not.toBe(source);
  new Function('document', 'requestAnimationFrame', 'setTimeout', 'load', body)(
    document,
    (callback: () => void) => frames.push(callback),
    (callback: () => void) => tasks.push(callback),
    (href: string) => imported.push(href),
  );
  const nextFrame = () => frames.shift()?.();
  const nextTask = () => tasks.shift()?.();
  return { imported, head, nextFrame, nextTask };
}

describe('the starter', () => {
  it('imports the entry after two frames and a task, so the first paint comes before the app runs', async () => {
    const address = await writeStarter(dist, '/assets/index-abc.js', ['/assets/react-1.js']);
    const page = await run(address, 'visible');
    expect(page.imported).toEqual([]);
    expect(page.head.links).toEqual([]);
    page.nextFrame();
    page.nextTask();
    expect(page.imported).toEqual([]);
    page.nextFrame();
    expect(page.imported).toEqual([]);
    page.nextTask();
    expect(page.imported).toEqual(['/assets/index-abc.js']);
    expect(page.head.links).toEqual([{ rel: 'modulepreload', href: '/assets/react-1.js', crossOrigin: '' }]);
  });

  it('starts at once in a background tab, which gets no frames, and hints its chunks as it starts', async () => {
    const address = await writeStarter(dist, '/assets/index-abc.js', ['/assets/react-1.js']);
    const page = await run(address, 'hidden');
    expect(page.imported).toEqual(['/assets/index-abc.js']);
    expect(page.head.links).toEqual([{ rel: 'modulepreload', href: '/assets/react-1.js', crossOrigin: '' }]);
  });

  it("is named by its content and takes the place of a page's entry script and of its head's hints", async () => {
    const first = await writeStarter(dist, '/assets/index-abc.js', []);
    const again = await writeStarter(dist, '/assets/index-abc.js', []);
    const other = await writeStarter(dist, '/assets/index-def.js', []);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(first).toMatch(/^\/assets\/start-[0-9a-f]{8}\.js$/);
    expect(await readdir(path.join(dist, 'assets'))).toHaveLength(2);

    const html =
      '<head><script type="module" crossorigin src="/assets/index-abc.js"></script>\n' +
      '    <link rel="modulepreload" crossorigin href="/assets/react-1.js">\n' +
      '    <link rel="modulepreload" crossorigin href="/assets/i18n-2.js">\n' +
      '    <link rel="icon" href="/favicon.svg"></head>';
    expect(hintedChunks(html)).toEqual(['/assets/react-1.js', '/assets/i18n-2.js']);
    expect(withStarter(html, first)).toBe(
      `<head><script type="module" crossorigin src="${first}"></script>\n    <link rel="icon" href="/favicon.svg"></head>`,
    );
  });
});
