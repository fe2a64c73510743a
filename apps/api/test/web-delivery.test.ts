// How the built web app and large JSON answers travel: hashed assets cached for good and sent precompressed (brotli
// or gzip, as accepted), index.html revalidated every time, JSON compressed only above the threshold.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PRERENDERED_PAGES, prerenderedFile } from '@beian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/modules/auth/auth-cookies.ts';
import { COMPRESS_THRESHOLD_BYTES } from '../src/plugins/response-compression.plugin.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

const ASSET = '/assets/app-Bx3kQ9aZ.js';
const assetSource = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};\n`;
const indexHtml = `<!doctype html><html lang="zh-CN"><head><title>Beian</title><script type="module" src="${ASSET}"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`;

/** The sign-in page as the web build prerenders it, in each language. */
const signInPage = {
  'zh-CN': indexHtml.replace(
    '<div id="root"></div>',
    '<div id="root" data-prerendered="zh-CN"><h1>登录备案控制台</h1></div>',
  ),
  'en-US': indexHtml
    .replace('<html lang="zh-CN">', '<html lang="en-US">')
    .replace(
      '<div id="root"></div>',
      '<div id="root" data-prerendered="en-US"><h1>Sign in to Beian Console</h1></div>',
    ),
};

/** The new filing's verify step as the web build prerenders it, in each language. */
const newFilingPage = {
  'zh-CN': indexHtml.replace(
    '<div id="root"></div>',
    '<div id="root" data-prerendered="zh-CN"><h1>验证备案信息</h1></div>',
  ),
  'en-US': indexHtml
    .replace('<html lang="zh-CN">', '<html lang="en-US">')
    .replace('<div id="root"></div>', '<div id="root" data-prerendered="en-US"><h1>Verify filing details</h1></div>'),
};

let t: TestApp;
let distDir: string;

/** A build as vite leaves it: each text file with its .br and .gz copies. */
async function writeBuilt(file: string, content: string) {
  const full = path.join(distDir, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, content);
  await writeFile(`${full}.br`, zlib.brotliCompressSync(content));
  await writeFile(`${full}.gz`, zlib.gzipSync(content));
}

function decoded(encoding: string | undefined, body: Buffer): string {
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString();
  return body.toString();
}

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'beian-web-dist-'));
  await writeBuilt('index.html', indexHtml);
  await writeBuilt(ASSET.slice(1), assetSource);
  for (const locale of ['zh-CN', 'en-US'] as const) {
    await writeBuilt(prerenderedFile(PRERENDERED_PAGES.signIn, locale), signInPage[locale]);
    await writeBuilt(prerenderedFile(PRERENDERED_PAGES.newFiling, locale), newFilingPage[locale]);
  }
  t = await createTestApp({ env: { WEB_DIST_DIR: distDir } });
});

afterAll(async () => {
  await t?.close();
  await rm(distDir, { recursive: true, force: true });
});

describe('hashed assets', () => {
  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0', 'gzip'],
  ])('are sent precompressed for Accept-Encoding "%s" (%s) and cached for a year', async (accept, encoding) => {
    const res = await t.app.inject({ method: 'GET', url: ASSET, headers: { 'accept-encoding': accept } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(decoded(encoding, res.rawPayload)).toBe(assetSource);
  });

  it('are sent as they are to a client that accepts no compression', async () => {
    const res = await t.app.inject({ method: 'GET', url: ASSET, headers: { 'accept-encoding': 'identity' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe(assetSource);
  });

  it('answer a missing asset (an older build) with a 404 problem, not the page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/app-gone1234.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('index.html', () => {
  it.each(['/', '/login?next=%2Freview', '/console/filings/new', '/register'])(
    'is revalidated on every use at %s and sent compressed',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(decoded('br', res.rawPayload)).toBe(indexHtml);
    },
  );

  it('is sent plain without Accept-Encoding', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/register' });
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(indexHtml);
  });
});

describe('the sign-in page', () => {
  it.each([
    ['no language cookie', undefined, 'zh-CN'],
    ['Chinese chosen', 'beian.locale=zh-CN', 'zh-CN'],
    ['English chosen', 'other=1; beian.locale=en-US', 'en-US'],
    ['an unknown language', 'beian.locale=fr-FR', 'zh-CN'],
  ] as const)(
    'is sent prerendered in the chosen language (%s), compressed and revalidated',
    async (_, cookie, locale) => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/login',
        headers: { 'accept-encoding': 'br, gzip', ...(cookie ? { cookie } : {}) },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      // One address, two languages: a cache must keep them apart by the cookie.
      expect(String(res.headers.vary)).toMatch(/cookie/i);
      expect(decoded('br', res.rawPayload)).toBe(signInPage[locale]);
    },
  );

  it('is sent plain without Accept-Encoding', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/login', headers: { cookie: 'beian.locale=en-US' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(signInPage['en-US']);
  });

  it('is index.html when the build has no prerendered page', async () => {
    const bare = await mkdtemp(path.join(tmpdir(), 'beian-web-dist-'));
    await writeFile(path.join(bare, 'index.html'), indexHtml);
    const app = await createTestApp({ env: { WEB_DIST_DIR: bare } });
    try {
      const res = await app.app.inject({ method: 'GET', url: '/login' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(indexHtml);
    } finally {
      await app.close();
      await rm(bare, { recursive: true, force: true });
    }
  });
});

describe("the new filing's verify step", () => {
  const session = `${SESSION_COOKIE}=some-token`;

  it.each([
    ['a session and no language cookie', session, 'zh-CN'],
    ['a session and English chosen', `beian.locale=en-US; ${session}`, 'en-US'],
  ] as const)('is sent prerendered to a browser with %s, compressed and revalidated', async (_, cookie, locale) => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/console/filings/new',
      headers: { 'accept-encoding': 'br, gzip', cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBe('br');
    expect(String(res.headers.vary)).toMatch(/cookie/i);
    expect(decoded('br', res.rawPayload)).toBe(newFilingPage[locale]);
  });

  it.each([
    ['without a session', '/console/filings/new', 'beian.locale=en-US'],
    ['with a query', '/console/filings/new?from=home', session],
  ])('is index.html %s, kept apart by the cookie', async (_, url, cookie) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(String(res.headers.vary)).toMatch(/cookie/i);
    expect(res.body).toBe(indexHtml);
  });
});

describe('JSON answers', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])('above the threshold are compressed for "%s"', async (accept, encoding) => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);

    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': accept } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(decoded(encoding, res.rawPayload))).toEqual(plain.json());
  });

  it('below the threshold are sent as they are', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toBeTypeOf('object');
  });

  it('leave problem+json errors readable', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });
});
