// Runs after `vite build`: renders the sign-in page in each language (src/prerender/sign-in-page.tsx, built for Node
// into a folder under node_modules/.cache, where Node finds the libraries it imports) into a copy of the built index.html, written as dist/prerendered/login.<locale>.html with
// its .br and .gz copies. The API sends the one in the visitor's language for /login (docs/decisions/043). Each page
// hints its own language's core messages where index.html hints the default language's; the build's manifest, which
// says which chunk holds them, is removed afterwards (nothing else reads it).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOCALES } from '@beian/contracts';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { PrerenderedPage } from '../src/prerender/sign-in-page.tsx';
import { compressFile } from '../vite-plugins/precompress.ts';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(webRoot, 'dist');
const ROOT_ELEMENT = /<div id="root">[\s\S]*?<\/div>/;
const DEFAULT_LOCALE = 'zh-CN';

type Manifest = Record<string, { file: string }>;

/** The address of a language's core messages chunk (i18n/i18n.ts loads it; index.html hints the default's). */
function coreMessagesChunk(manifest: Manifest, locale: string): string {
  const file = manifest[`src/i18n/locales/${locale}/core.ts`]?.file;
  if (!file) throw new Error(`the build's manifest names no chunk for the ${locale} core messages`);
  return `/${file}`;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** index.html with the page inside #root, marked with its language for main.tsx, and the page's language and title. */
function pageHtml(template: string, locale: string, page: PrerenderedPage, manifest: Manifest): string {
  const defaultHint = `href="${coreMessagesChunk(manifest, DEFAULT_LOCALE)}"`;
  if (!ROOT_ELEMENT.test(template) || !template.includes('<html lang="zh-CN">') || !template.includes(defaultHint)) {
    throw new Error('dist/index.html lacks <html lang="zh-CN">, the core messages hint or <div id="root">…</div>');
  }
  return template
    .replace('<html lang="zh-CN">', `<html lang="${locale}">`)
    .replace(defaultHint, `href="${coreMessagesChunk(manifest, locale)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`)
    .replace(ROOT_ELEMENT, () => `<div id="root" data-prerendered="${locale}">${page.html}</div>`);
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
        ssr: 'src/prerender/sign-in-page.tsx',
        outDir: serverBuild,
        emptyOutDir: true,
        rolldownOptions: { output: { entryFileNames: 'sign-in-page.mjs' } },
      },
    });
    const { renderSignInPage } = (await import(pathToFileURL(path.join(serverBuild, 'sign-in-page.mjs')).href)) as {
      renderSignInPage: (locale: string) => Promise<PrerenderedPage>;
    };
    const template = await readFile(path.join(dist, 'index.html'), 'utf8');
    const manifestDir = path.join(dist, '.vite');
    const manifest = JSON.parse(await readFile(path.join(manifestDir, 'manifest.json'), 'utf8')) as Manifest;
    await mkdir(path.join(dist, 'prerendered'), { recursive: true });
    for (const locale of LOCALES) {
      const file = path.join(dist, 'prerendered', `login.${locale}.html`);
      await writeFile(file, pageHtml(template, locale, await renderSignInPage(locale), manifest));
      await compressFile(file);
      console.log(`prerendered /login (${locale}): ${path.relative(webRoot, file)}`);
    }
    await rm(manifestDir, { recursive: true, force: true });
  } finally {
    await rm(serverBuild, { recursive: true, force: true });
  }
}

await main();
