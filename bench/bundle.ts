// Bundle benchmark: the JavaScript a first visit downloads. Starts the API on its embedded defaults serving the
// production build (run `npm run build` first), opens the sign-in page and the verify step (signed in as the demo
// applicant) in Chromium with an empty cache, and prints per page the JS files, their decoded size, the bytes on the
// wire (as the server sent them: brotli, gzip or plain) and the gzip -9 size of the same files, the figure the
// budgets are written in. Then it types a domain on the verify step and prints what that loads (the suffix list).
// Run: npm run bench:bundle
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page, type Response } from '@playwright/test';
import { startApi } from './lib/api-process.ts';
import { signInDemoApplicant } from './lib/web-session.ts';

type Script = { url: string; encoding: string; decoded: number; wire: number; gzip: number };

/** Collects every JavaScript response of the page from now on. */
function recordScripts(page: Page): () => Promise<Script[]> {
  const pending: Promise<Script | null>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      (async () => {
        const type = response.headers()['content-type'] ?? '';
        if (!/javascript/.test(type)) return null;
        const body = await response.body();
        const sizes = await response.request().sizes();
        return {
          url: new URL(response.url()).pathname,
          encoding: response.headers()['content-encoding'] ?? 'none',
          decoded: body.length,
          wire: sizes.responseBodySize,
          gzip: gzipSync(body, { level: 9 }).length,
        };
      })(),
    );
  });
  return async () => (await Promise.all(pending)).filter((script): script is Script => script !== null);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(name: string, scripts: Script[]) {
  const sum = (key: 'decoded' | 'wire' | 'gzip') => scripts.reduce((total, script) => total + script[key], 0);
  const encodings = [...new Set(scripts.map((script) => script.encoding))].join(', ');
  console.log(
    `${name.padEnd(26)} ${String(scripts.length).padStart(3)} files  raw ${kb(sum('decoded')).padStart(10)}  ` +
      `gzip -9 ${kb(sum('gzip')).padStart(9)}  on the wire ${kb(sum('wire')).padStart(9)} (${encodings})`,
  );
  if (process.env.VERBOSE === '1') {
    for (const s of [...scripts].sort((a, b) => b.gzip - a.gzip)) {
      console.log(`    ${kb(s.gzip).padStart(9)} gz  ${kb(s.decoded).padStart(10)} raw  ${s.url}`);
    }
  }
}

async function visit(context: BrowserContext, url: string, ready: (page: Page) => Promise<unknown>) {
  const page = await context.newPage();
  const scripts = recordScripts(page);
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { page, scripts };
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-bench-'));
  const api = await startApi({ dataDir, withWeb: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    console.log(`API (${api.runtime}) at ${api.url}; Chromium ${browser.version()}, empty cache per page`);
    const visitor = await browser.newContext({ locale: 'zh-CN' });
    const login = await visit(visitor, new URL('/login', api.url).href, (page) =>
      page.getByRole('button', { name: '登录' }).waitFor(),
    );
    report('login page', await login.scripts());

    const applicant = await browser.newContext({ locale: 'zh-CN' });
    await applicant.addCookies(
      (await signInDemoApplicant(api.url)).split('; ').map((pair) => {
        const at = pair.indexOf('=');
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: api.url };
      }),
    );
    const verify = await visit(applicant, new URL('/console/filings/new', api.url).href, (page) =>
      page.getByRole('textbox', { name: /域名/ }).waitFor(),
    );
    report('verify step', await verify.scripts());

    const typed = recordScripts(verify.page);
    await verify.page.getByRole('textbox', { name: /域名/ }).fill('example.com.cn');
    await verify.page
      .getByText(/example\.com\.cn/)
      .first()
      .waitFor();
    await verify.page.waitForLoadState('networkidle');
    report('  + typing a domain', await typed());
  } finally {
    await browser.close();
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
