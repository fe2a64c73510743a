// Runs after `vite build`: renders each prerendered page (src/prerender/prerendered-pages.ts: the sign-in page and the
// new filing's verify step) in each language (src/prerender/render-page.tsx, built for Node into a folder under
// node_modules/.cache, where Node finds the libraries it imports) into a copy of the built index.html, written as
// dist/prerendered/<page>.<locale>.html with its .br and .gz copies. The API sends the one in the visitor's language
// for the page's address (docs/decisions/043 and 059). Each page
// has one script, which hints the app's chunks (its own language's core messages where index.html hints the default
// language's: the build's manifest says which chunk holds them and is removed afterwards, nothing else reads it) and
// starts the app after the page's first paint.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOCALES, prerenderedFile } from '@beian/contracts';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { PrerenderedPageSpec } from '../src/prerender/prerendered-pages.ts';
import type { PrerenderedPage } from '../src/prerender/render-page.tsx';
import { compressFile } from '../vite-plugins/precompress.ts';
import { ENTRY_SCRIPT, hintedChunks, withStarter, writeStarter } from './starter.ts';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(webRoot, 'dist');
const ROOT_ELEMENT = /<div id="root">[\s\S]*?<\/div>/;
const DEFAULT_LOCALE = 'zh-CN';
// No frame until the whole page is parsed. On a slow phone the parser yields part-way through the form, and the frame
// painted then shows a shorter card, centred lower, which jumps once the rest arrives (a layout shift in about half
// the loads with the CPU slowed four times). Chromium lets rendering go once the expected element is in the document,
// so the one expected is an empty marker after the page. Browsers without `rel=expect` paint as before.
const PAGE_END = 'root-end';
const WHOLE_PAGE_FIRST = `<link rel="expect" href="#${PAGE_END}" blocking="render" />`;

type Manifest = Record<string, { file: string }>;

/** The address of a language's core messages chunk (i18n/i18n.ts loads it; index.html hints the default's). */
function coreMessagesChunk(manifest: Manifest, locale: string): string {
  const file = manifest[`src/i18n/locales/${locale}/core.ts`]?.file;
  if (!file) throw new Error(`the build's manifest names no chunk for the ${locale} core messages`);
  return `/${file}`;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** index.html with the page inside #root, marked with its language for main.tsx, and the page's language, title and
 * starter in place of the app's script and its hints. */
async function pageHtml(template: string, locale: string, page: PrerenderedPage, manifest: Manifest) {
  const defaultCore = coreMessagesChunk(manifest, DEFAULT_LOCALE);
  const entry = ENTRY_SCRIPT.exec(template)?.[1];
  if (
    !entry ||
    !ROOT_ELEMENT.test(template) ||
    !template.includes('<html lang="zh-CN">') ||
    !template.includes('</head>')
  ) {
    throw new Error(
      'dist/index.html lacks <html lang="zh-CN">, </head>, the app\'s module script or <div id="root">…</div>',
    );
  }
  const hinted = hintedChunks(template);
  if (!hinted.includes(defaultCore)) throw new Error('dist/index.html does not hint the default core messages');
  const chunks = hinted.map((href) => (href === defaultCore ? coreMessagesChunk(manifest, locale) : href));
  // The starter hints the chunks after the frame that shows the form.
  const starter = await writeStarter(dist, entry, [entry, ...chunks]);
  return withStarter(template, starter)
    .replace('<html lang="zh-CN">', `<html lang="${locale}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`)
    .replace(
      ROOT_ELEMENT,
      () => `<div id="root" data-prerendered="${locale}">${page.html}</div><i id="${PAGE_END}" hidden></i>`,
    )
    .replace('</head>', `${WHOLE_PAGE_FIRST}\n  </head>`);
}

async function main() {
  const serverBuild = path.join(webRoot, 'node_modules', '.cache', 'beian-prerender');
  try {
    await build({
      configFile: false,
      root: webRoot,
      logLevel: 'warn',
      plugins: [react()],
      // The workspace packages are TypeScript sources: bundled, not left for Node to import.
      ssr: { noExternal: [/^@beian\//] },
      build: {
        ssr: 'src/prerender/render-page.tsx',
        outDir: serverBuild,
        emptyOutDir: true,
        rolldownOptions: { output: { entryFileNames: 'render-page.mjs' } },
      },
    });
    const { renderPage, PRERENDERED } = (await import(
      pathToFileURL(path.join(serverBuild, 'render-page.mjs')).href
    )) as {
      renderPage: (page: PrerenderedPageSpec, locale: string) => Promise<PrerenderedPage>;
      PRERENDERED: readonly PrerenderedPageSpec[];
    };
    const template = await readFile(path.join(dist, 'index.html'), 'utf8');
    const manifestDir = path.join(dist, '.vite');
    const manifest = JSON.parse(await readFile(path.join(manifestDir, 'manifest.json'), 'utf8')) as Manifest;
    await mkdir(path.join(dist, 'prerendered'), { recursive: true });
    for (const page of PRERENDERED) {
      for (const locale of LOCALES) {
        const file = path.join(dist, prerenderedFile(page, locale));
        await writeFile(file, await pageHtml(template, locale, await renderPage(page, locale), manifest));
        await compressFile(file);
        console.log(`prerendered ${page.path} (${locale}): ${path.relative(webRoot, file)}`);
      }
    }
    await rm(manifestDir, { recursive: true, force: true });
  } finally {
    await rm(serverBuild, { recursive: true, force: true });
  }
}

await main();
