// Runs after `vite build`: renders the sign-in page in each language (src/prerender/sign-in-page.tsx, built for Node
// into a folder under node_modules/.cache, where Node finds the libraries it imports) into a copy of the built index.html, written as dist/prerendered/login.<locale>.html with
// its .br and .gz copies. The API sends the one in the visitor's language for /login (docs/decisions/043).
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

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** index.html with the page inside #root, marked with its language for main.tsx, and the page's language and title. */
function pageHtml(template: string, locale: string, page: PrerenderedPage): string {
  if (!ROOT_ELEMENT.test(template) || !template.includes('<html lang="zh-CN">')) {
    throw new Error('dist/index.html has no <html lang="zh-CN"> or no <div id="root">…</div> to fill');
  }
  return template
    .replace('<html lang="zh-CN">', `<html lang="${locale}">`)
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
    await mkdir(path.join(dist, 'prerendered'), { recursive: true });
    for (const locale of LOCALES) {
      const file = path.join(dist, 'prerendered', `login.${locale}.html`);
      await writeFile(file, pageHtml(template, locale, await renderSignInPage(locale)));
      await compressFile(file);
      console.log(`prerendered /login (${locale}): ${path.relative(webRoot, file)}`);
    }
  } finally {
    await rm(serverBuild, { recursive: true, force: true });
  }
}

await main();
