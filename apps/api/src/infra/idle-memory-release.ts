// Hands memory back to the system once the process has gone quiet: after start-up, and after each busy spell.
//
// V8 grows its young generation to the maximum while the console starts (start-up keeps many objects alive) and
// under load, and an idle process runs no collection that would shrink it again, so a console that serves nobody
// keeps 30 MB of empty young generation and old space it no longer needs. A memory-reducing collection (the one V8
// runs on a low-memory notification; Node reaches it only through the inspector protocol, in process, with no port
// opened) shrinks both. It blocks the process for roughly 50–150 ms, so it runs only when no request has arrived for
// a while, and once per quiet spell (decision 046).
import { Session } from 'node:inspector';

/** The console's settings (server.ts): a release this long after the last request, and one soon after start-up. */
export const QUIET_MS = 15_000;
export const AFTER_START_MS = 1_000;

export type Timers = {
  /** Milliseconds on a clock that only moves forward. */
  now: () => number;
  setTimeout: (run: () => void, ms: number) => { unref?: () => unknown };
  clearTimeout: (timer: ReturnType<Timers['setTimeout']>) => void;
};

const systemTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export type IdleMemoryReleaseOptions = {
  /** How long without a request before memory is released. */
  quietMs: number;
  /** After start-up: how soon to release what starting left behind, unless requests have begun by then. */
  afterStartMs: number;
  release?: () => Promise<void>;
  timers?: Timers;
};

export function createIdleMemoryRelease(options: IdleMemoryReleaseOptions) {
  const { quietMs, afterStartMs, release = collectAllGarbage, timers = systemTimers } = options;
  let lastRequestAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<Timers['setTimeout']> | undefined;
  let stopped = false;

  function scheduleAt(at: number) {
    if (timer) timers.clearTimeout(timer);
    timer = timers.setTimeout(fire, Math.max(0, at - timers.now()));
    timer.unref?.();
  }

  // A timer runs only after start-up or a request, so each quiet spell gets one release and an idle process none.
  function fire() {
    timer = undefined;
    if (stopped) return;
    const quietFrom = lastRequestAt + quietMs;
    if (timers.now() < quietFrom) return scheduleAt(quietFrom);
    void release().catch(() => {});
  }

  return {
    /** Start-up is over: release what it left once `afterStartMs` has passed, or after the first quiet spell. */
    started() {
      scheduleAt(timers.now() + afterStartMs);
    },
    /** A request arrived: the next release waits for `quietMs` without one. */
    requestArrived() {
      lastRequestAt = timers.now();
      if (!timer && !stopped) scheduleAt(lastRequestAt + quietMs);
    },
    stop() {
      stopped = true;
      if (timer) timers.clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * A full, memory-reducing collection of this process's heap (V8's low-memory notification, which shrinks the young
 * generation as well). The session is left on the next turn: leaving it inside its own callback hangs Node 20.
 */
export function collectAllGarbage(): Promise<void> {
  if (!process.features.inspector) return Promise.resolve();
  const session = new Session();
  session.connect();
  return new Promise((resolve, reject) => {
    session.post('HeapProfiler.collectGarbage', (error) => {
      setImmediate(() => {
        session.disconnect();
        if (error) reject(error);
        else resolve();
      });
    });
  });
}
