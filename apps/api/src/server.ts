// Entry point: start the console on this process's environment and close gracefully on a signal.
import { startConsole } from './boot.ts';
import { ConfigError } from './config.ts';
import { AFTER_START_MS, createIdleMemoryRelease, QUIET_MS } from './infra/idle-memory-release.ts';

const say = (message: string) => process.stdout.write(`[beian] ${message}\n`);
const warn = (message: string) => process.stderr.write(`[beian] ${message}\n`);

async function main() {
  let console_: Awaited<ReturnType<typeof startConsole>>;
  try {
    console_ = await startConsole(process.env, { say, warn });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // This process's own memory, so here rather than in the console (tests start many consoles in one process).
  const memory = createIdleMemoryRelease({ quietMs: QUIET_MS, afterStartMs: AFTER_START_MS });
  console_.app.server.on('request', memory.requestArrived);
  memory.started();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal} received: finishing requests and closing`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    memory.stop();
    await console_.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(
    `[beian] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
