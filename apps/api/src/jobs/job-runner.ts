// A small in-process job runner: each job runs on its own interval, in one API process at a time (see job-lease.ts),
// never overlapping itself, and stop() waits for running jobs so the app closes cleanly. With several processes each
// ticks on its own, but a tick runs the job only when no process started it within the interval: the job runs once
// per interval however many processes there are.
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

  /**
   * One run if this process gets the lease; false when another holds it (or the runner is stopping). A tick (`due`)
   * also passes when any process started the job less than an interval ago.
   */
  async function runOnce(job: Job, due: boolean): Promise<boolean> {
    if (stopped) return false;
    const now = clock.now();
    const lastStartedBy = due ? new Date(now.getTime() - job.intervalMs) : undefined;
    if (!(await leases.acquire(job.name, holder, now, job.leaseMs ?? job.intervalMs * 10, lastStartedBy))) {
      return false;
    }
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

  function tracked(job: Job, due: boolean): Promise<boolean> {
    const run = runOnce(job, due).then(
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
      void tracked(job, true).then(() => schedule(job));
    }, job.intervalMs);
    timer.unref();
    timers.set(job.name, timer);
  }

  return {
    holder,
    start(): void {
      for (const job of jobs) schedule(job);
    },
    /** Runs the named job now (under its lease), due or not; `{ due: true }` asks as a tick would. */
    run(name: string, { due = false }: { due?: boolean } = {}): Promise<boolean> {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new RangeError(`No job named ${name}`);
      return tracked(job, due);
    },
    async stop(): Promise<void> {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
