// A small in-process job runner: each job runs on its own interval, in one API process at a time (see job-lease.ts),
// never overlapping itself, and stop() waits for running jobs so the app closes cleanly.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isDatabaseUnreachable } from '../infra/database-outage.ts';
import type { Db } from '../infra/db.ts';
import type { Clock } from '../lib/clock.ts';
import { createJobLeases } from './job-lease.ts';

export type Job = {
  readonly name: string;
  readonly intervalMs: number;
  /** How long a run may hold the job before another process may take it over; 10 intervals unless given. */
  readonly leaseMs?: number;
  readonly run: () => Promise<unknown>;
};

type Log = { error: (detail: object, message: string) => void; info?: (detail: object, message: string) => void };

export type JobRunner = ReturnType<typeof createJobRunner>;

export function createJobRunner({ db, clock, jobs, log }: { db: Db; clock: Clock; jobs: readonly Job[]; log: Log }) {
  const leases = createJobLeases(db);
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<boolean>>();
  let stopped = false;
  // While the database is away every tick of every job fails the same way: said once, and once when it is back.
  let databaseAway = false;

  /** One run if this process gets the lease; false when another holds it (or the runner is stopping). */
  async function runOnce(job: Job): Promise<boolean> {
    if (stopped) return false;
    if (!(await leases.acquire(job.name, holder, clock.now(), job.leaseMs ?? job.intervalMs * 10))) return false;
    let failure: string | null = null;
    try {
      await job.run();
    } catch (error) {
      failure = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'unknown error';
      log.error({ job: job.name, err: error }, 'background job failed');
    } finally {
      await leases.release(job.name, holder, clock.now(), failure);
    }
    return true;
  }

  function tracked(job: Job): Promise<boolean> {
    const run = runOnce(job).then(
      (ran) => {
        if (databaseAway) log.info?.({}, 'background jobs resumed: the database is reachable again');
        databaseAway = false;
        return ran;
      },
      (error: unknown) => {
        // The lease itself could not be read or written: try again next tick.
        if (!isDatabaseUnreachable(error)) log.error({ job: job.name, err: error }, 'background job could not start');
        else if (!databaseAway) log.error({ err: error }, 'background jobs paused: the database is unreachable');
        databaseAway ||= isDatabaseUnreachable(error);
        return false;
      },
    );
    running.add(run);
    void run.finally(() => running.delete(run));
    return run;
  }

  // setTimeout after each run rather than setInterval, so a slow run never overlaps the next.
  function schedule(job: Job): void {
    if (stopped) return;
    const timer = setTimeout(() => {
      void tracked(job).then(() => schedule(job));
    }, job.intervalMs);
    timer.unref();
    timers.set(job.name, timer);
  }

  return {
    holder,
    start(): void {
      for (const job of jobs) schedule(job);
    },
    /** Runs the named job now (under its lease), as a tick would. */
    run(name: string): Promise<boolean> {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new RangeError(`No job named ${name}`);
      return tracked(job);
    },
    async stop(): Promise<void> {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
