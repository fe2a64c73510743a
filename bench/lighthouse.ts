// Lighthouse benchmark: Lighthouse's default mobile run (simulated slow 4G, a mid-range phone's CPU) against the
// production build served by the API on its embedded defaults (run `npm run build` first), for the sign-in page and
// the verify step (signed in as the demo applicant: the session cookie goes along as an extra header). Prints the
// category scores, the metrics and the audits of the best-practices category that did not pass.
// Run: npm run bench:lighthouse   (RUNS=3 takes the median performance run of three per page)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApi } from './lib/api-process.ts';
import { type H2Front, startH2Front } from './lib/h2-front.ts';
import { wholeNumber } from './lib/options.ts';
import { percentile, sortedCopy } from './lib/stats.ts';
import { signInDemoApplicant } from './lib/web-session.ts';

const RUNS = wholeNumber('RUNS', 1);
// H2=1: through an HTTPS front speaking HTTP/2, as a production deployment serves the console (lib/h2-front.ts).
const H2 = process.env.H2 === '1';
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
] as const;

async function audit(url: string, port: number, cookie?: string): Promise<Lhr> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  // REPORT_DIR=<folder> keeps each run's whole report (what the LCP element was, the request chains) to read after.
  if (process.env.REPORT_DIR) {
    const name = `${new URL(url).pathname.replaceAll('/', '_') || 'root'}-${Date.now()}.json`;
    await writeFile(path.join(process.env.REPORT_DIR, name), JSON.stringify(result.lhr));
  }
  return result.lhr;
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

function metric(lhr: Lhr, id: string): string {
  const value = lhr.audits[id]?.numericValue ?? Number.NaN;
  if (id === 'cumulative-layout-shift') return value.toFixed(3);
  if (id === 'total-blocking-time') return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

/** Lighthouse's diagnostics of the load it observed, before its simulation. */
function diagnostics(lhr: Lhr): { numTasks: number; numTasksOver50ms: number; totalTaskTime: number } {
  const details = lhr.audits.diagnostics?.details;
  const item = details && 'items' in details ? details.items[0] : undefined;
  const read = (key: string) => Number(item?.[key] ?? Number.NaN);
  return {
    numTasks: read('numTasks'),
    numTasksOver50ms: read('numTasksOver50ms'),
    totalTaskTime: read('totalTaskTime'),
  };
}

function report(name: string, runs: Lhr[]) {
  const performance = runs.map((lhr) => score(lhr, 'performance'));
  const median = percentile(sortedCopy(performance), 0.5);
  const lhr = runs.find((run) => score(run, 'performance') === median) ?? runs[0];
  if (!lhr) {
    console.log(`${name}: no run finished`);
    return;
  }
  const categories = ['performance', 'accessibility', 'best-practices', 'seo']
    .map((id) => `${id} ${score(lhr, id)}`)
    .join(', ');
  const runsNote = runs.length > 1 ? ` (performance of ${runs.length} runs: ${performance.join(', ')})` : '';
  console.log(`${name}: ${categories}${runsNote}`);
  console.log(`  ${METRICS.map(([label, id]) => `${label} ${metric(lhr, id)}`).join('  ')}`);
  // The simulated metrics scale what the unthrottled load observed by Lighthouse's CPU slowdown, so blocking time
  // follows the machine: the benchmark index (Lighthouse's reading of the CPU) and the observed tasks let two
  // machines' figures be compared.
  const observed = diagnostics(lhr);
  console.log(
    `  benchmark index ${Math.round(lhr.environment.benchmarkIndex)}; observed unthrottled: ${observed.numTasks} tasks, ` +
      `${observed.numTasksOver50ms} over 50 ms, ${Math.round(observed.totalTaskTime)} ms in all`,
  );
  const failing = lhr.categories['best-practices']?.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable');
  for (const a of failing ?? []) {
    console.log(`  best practices: ${a?.id} (${a?.title})`);
    // VERBOSE=1 shows what Lighthouse found (the console messages, the issues).
    const items = a?.details && 'items' in a.details ? a.details.items : [];
    if (process.env.VERBOSE === '1') for (const item of items.slice(0, 5)) console.log(`    ${JSON.stringify(item)}`);
  }
}

async function main() {
  if (process.env.REPORT_DIR) await mkdir(process.env.REPORT_DIR, { recursive: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'beian-bench-'));
  const api = await startApi({ dataDir, withWeb: true });
  const front: H2Front | undefined = H2 ? await startH2Front(api.url) : undefined;
  const base = front?.url ?? api.url;
  const flags = ['--headless=new', '--no-sandbox', ...(front ? ['--ignore-certificate-errors'] : [])];
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: flags });
  try {
    const cookie = await signInDemoApplicant(api.url);
    const served = front ? `, served over HTTP/2 by an HTTPS front at ${front.url}` : ' over HTTP/1.1';
    console.log(
      `API (${api.runtime}) at ${api.url}${served}; Lighthouse default mobile settings, ${RUNS} run(s) per page`,
    );
    const pages = [
      ['login page', '/login', undefined],
      ['verify step', '/console/filings/new', cookie],
    ] as const;
    for (const [name, address, withCookie] of pages) {
      const runs: Lhr[] = [];
      let failed = 0;
      // A run Lighthouse could not finish (its runtimeError, e.g. NO_NAVSTART when the trace missed the navigation)
      // has no scores; it is reported and run again rather than counted as a score of 0.
      while (runs.length < RUNS && failed <= RUNS) {
        const lhr = await audit(new URL(address, base).href, chrome.port, withCookie);
        if (lhr.runtimeError) {
          failed += 1;
          console.log(`  ${name}: a run failed (${lhr.runtimeError.code}), run again`);
        } else runs.push(lhr);
      }
      report(name, runs);
    }
  } finally {
    chrome.kill();
    await front?.close();
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
