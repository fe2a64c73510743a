// The API's background jobs and how often each runs. buildApp makes them (they need its adapters and storage);
// server.ts runs them on a job runner, and tests call them directly.
import type { BureauStage } from '../modules/bureau/bureau-stage.ts';
import type { CurtainDispatch } from '../modules/curtain/curtain-dispatch.job.ts';
import type { IdleFilings } from '../modules/filings/idle-filings.job.ts';
import type { ExpiredPurge } from '../modules/housekeeping/housekeeping.job.ts';
import type { OrphanCollection } from '../modules/materials/material-orphans.job.ts';
import type { NotificationDispatch } from '../modules/notifications/notification-dispatch.job.ts';
import type { QueueChangesPurge } from '../modules/review/review-queue-changes.ts';
import type { Job } from './job-runner.ts';

export type BackgroundJobs = {
  dispatchNotifications: NotificationDispatch;
  collectOrphans: OrphanCollection;
  purgeExpired: ExpiredPurge;
  /** Purges the review queues' change log behind what kept counts can still ask about (decision 055). */
  purgeQueueChanges: QueueChangesPurge;
  /** Reminds applicants of filings idle 7, 15 and 30 days, and expires those idle 45. */
  idleFilings: IdleFilings;
  /** With CURTAIN_AUTO_DISPATCH, hands curtain requests to the courier on their planned day; null otherwise. */
  dispatchCurtains: CurtainDispatch | null;
  /** Hands rounds approved for the bureau to MIIT (bureau.submit). */
  submitToBureau: BureauStage['jobs']['submitToBureau'];
  /** Applies MIIT's answers: the SMS check's outcome, the bureau's decision (bureau.poll). */
  pollBureau: BureauStage['jobs']['pollBureau'];
  /** While the simulators run, the simulated bureau's due work (simulator.bureau); null otherwise. */
  simulateBureau: BureauStage['jobs']['simulateBureau'];
  /** The same functions as runner jobs, with their intervals. */
  list: readonly Job[];
};

export function backgroundJobs(fns: Omit<BackgroundJobs, 'list'>): BackgroundJobs {
  return {
    ...fns,
    list: [
      // A confirmation text should arrive within seconds of the click.
      { name: 'notifications.dispatch', intervalMs: 5_000, run: fns.dispatchNotifications },
      // Orphans are rare and harmless for a while; listing the bucket is not free.
      { name: 'materials.collect-orphans', intervalMs: 15 * 60_000, run: fns.collectOrphans },
      // Retention is counted in days, so an hour late is nothing; hourly keeps each run's backlog small.
      { name: 'housekeeping.purge-expired', intervalMs: 60 * 60_000, run: fns.purgeExpired },
      // The log gains a row per transaction that changes a queue; hourly keeps what it holds small.
      { name: 'review.purge-queue-changes', intervalMs: 60 * 60_000, run: fns.purgeQueueChanges },
      // Idleness is counted in whole days: a reminder or an expiry an hour late is still on its day.
      { name: 'filings.idle', intervalMs: 60 * 60_000, run: fns.idleFilings },
      // A curtain ships on its planned day; every 10 minutes books a same-day request well before the courier's pick-up.
      ...(fns.dispatchCurtains
        ? [{ name: 'curtain.dispatch', intervalMs: 10 * 60_000, run: fns.dispatchCurtains }]
        : []),
      // MIIT's SMS check lasts 24 hours to the minute: every 30 seconds submits, and learns its outcome, well within it.
      { name: 'bureau.submit', intervalMs: 30_000, run: fns.submitToBureau },
      { name: 'bureau.poll', intervalMs: 30_000, run: fns.pollBureau },
      ...(fns.simulateBureau ? [{ name: 'simulator.bureau', intervalMs: 30_000, run: fns.simulateBureau }] : []),
    ],
  };
}
