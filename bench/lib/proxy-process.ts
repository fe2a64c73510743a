// The round-robin proxy in a process of its own, so it does not share an event loop with the load generator.
// As a program: `tsx bench/lib/proxy-process.ts <api url>...` prints `proxy at <url>` and runs until killed.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild, urlPrintedBy } from './child-url.ts';
import { startRoundRobinProxy } from './round-robin-proxy.ts';

const self = fileURLToPath(import.meta.url);

export interface ProxyProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function spawnProxy(targets: string[]): Promise<ProxyProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', self, ...targets], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await urlPrintedBy(child, /proxy at (http:\/\/\S+)/, 'the proxy');
  return {
    url,
    child,
    stop: () => stopChild(child),
  };
}

if (process.argv[1] === self) {
  const proxy = await startRoundRobinProxy(process.argv.slice(2));
  console.log(`proxy at ${proxy.url}`);
  process.once('SIGTERM', () => {
    void proxy.close().then(() => process.exit(0));
  });
}
