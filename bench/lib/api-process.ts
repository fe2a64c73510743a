// Starts the API as a child process for a benchmark and stops it again. The compiled build (apps/api/dist/server.js,
// made by `npm run build`) is used when it exists, as production runs it; otherwise the TypeScript sources through tsx.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild, urlPrintedBy } from './child-url.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /** How the process was started: `compiled` (dist) or `tsx` (sources). */
  runtime: 'compiled' | 'tsx';
  stop(): Promise<void>;
}

export interface StartApiOptions {
  dataDir: string;
  /** Extra environment, laid over this process's own. */
  env?: Record<string, string | undefined>;
  /** Serve the built web app (`apps/web/dist`) too; off by default, so only the API is measured. */
  withWeb?: boolean;
}

export async function startApi(options: StartApiOptions): Promise<ApiProcess> {
  const compiled = path.join(repoRoot, 'apps/api/dist/server.js');
  const runtime = existsSync(compiled) && process.env.BENCH_API_FROM_SOURCE !== '1' ? 'compiled' : 'tsx';
  // BENCH_API_NODE_FLAGS: more options for the API's node (space-separated), to compare settings without touching
  // the benchmark's own process as NODE_OPTIONS would.
  const extra = (process.env.BENCH_API_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const args =
    runtime === 'compiled'
      ? [...extra, '--openssl-legacy-provider', compiled]
      : [...extra, '--import', 'tsx', '--openssl-legacy-provider', path.join(repoRoot, 'apps/api/src/server.ts')];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      // As `npm start` runs it: two malloc arenas rather than one per thread (sharp's and libuv's workers).
      MALLOC_ARENA_MAX: '2',
      ...process.env,
      PORT: '0',
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      ...(options.withWeb ? {} : { WEB_DIST_DIR: path.join(options.dataDir, 'none') }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await urlPrintedBy(child, /running at (http:\/\/\S+)/, 'the API');
  return {
    child,
    pid: child.pid ?? 0,
    url,
    runtime,
    stop: () => stopChild(child),
  };
}
