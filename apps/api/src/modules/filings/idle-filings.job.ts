// Idle filings (docs/design.md §4.5): a filing waiting on its applicant gets a reminder at 7, 15 and 30 idle days
// and expires at 45, its data kept. Each run sends the latest reminder due (once per idle spell) and expires what
// is due.
import {
  checkIdleExpired,
  dueIdleReminder,
  type FilingState,
  IDLE_REMINDER_DAYS,
  idleDays,
  idleSchedule,
} from '@beian/domain';
import type { CloudInventory } from '../../adapters/cloud/cloud.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import { heldAuthCodesOf } from './auth-codes.ts';
import type { ContactOf } from './filing-contact.ts';
import type { ApplyTransition } from './filing-transitions.ts';
import type { FilingsRepository } from './filings.repository.ts';
import type { IdleFiling, IdleFilingsRepository } from './idle-filings.repository.ts';

/**
 * The states in which the next move is the applicant's. Time in the provider's reviews (INITIAL_REVIEW,
 * SECOND_REVIEW) is the applicant waiting for us, so it never counts as idleness, although the state machine would
 * let the system expire a filing there.
 */
export const APPLICANT_IDLE_STATES = [
  'DRAFT',
  'INITIAL_REJECTED',
  'PHOTO_PENDING',
  'PHOTO_REJECTED',
] as const satisfies readonly FilingState[];

/** Idle filings read per query; a run reads batch after batch until one comes back short. */
export const IDLE_BATCH = 500;

const DAY_MS = 86_400_000;

export type IdleReport = { reminded: number; expired: number };

type Log = {
  warn: (detail: object, message: string) => void;
  error: (detail: object, message: string) => void;
};

export type IdleFilingsDeps = {
  db: Db;
  repo: IdleFilingsRepository;
  filings: { findById: (id: string) => Promise<Filing | null>; listEvents: FilingsRepository['listEvents'] };
  applyTransition: ApplyTransition;
  outbox: NotificationOutbox;
  contactOf: ContactOf;
  cloud: CloudInventory;
  clock: Clock;
  log: Log;
  batchSize?: number;
};

const isApplicantIdleState = (status: string) => (APPLICANT_IDLE_STATES as readonly string[]).includes(status);

export function createIdleFilings(deps: IdleFilingsDeps) {
  const { db, repo, filings, applyTransition, outbox, contactOf, cloud, clock, log, batchSize = IDLE_BATCH } = deps;

  /** The filing as it is now, or null when it has moved on since the batch was read (left the states, or was touched). */
  async function stillIdle(idle: IdleFiling): Promise<Filing | null> {
    const row = await filings.findById(idle.id);
    if (!row || !isApplicantIdleState(row.status)) return null;
    return row.updatedAt.getTime() > idle.lastActivityAt.getTime() ? null : row;
  }

  async function remind(idle: IdleFiling, day: number, now: Date): Promise<boolean> {
    const row = await stillIdle(idle);
    const schedule = row && idleSchedule(row.status, idle.lastActivityAt);
    if (!row || !schedule) return false;
    const contact = await contactOf(row);
    const params = { orderNo: row.orderNo, day: String(day), expiresAt: schedule.expiresAt.toISOString() };
    const notice = { accountId: row.accountId, filingId: row.id, template: 'IDLE_REMINDER' as const, params };
    await db.$transaction((tx) => outbox.notify({ ...notice, ...contact, now }, tx));
    return true;
  }

  async function expire(idle: IdleFiling, now: Date): Promise<boolean> {
    const row = await stillIdle(idle);
    if (!row) return false;
    const contact = await contactOf(row);
    try {
      await applyTransition({
        row,
        event: 'expire',
        actor: { role: 'SYSTEM', id: null },
        at: now,
        payload: { lastActivityAt: idle.lastActivityAt.toISOString(), idleDays: idleDays(idle.lastActivityAt, now) },
        // An upload or a deleted material moves only updatedAt: that is activity too, and stops the expiry.
        ifUnmodifiedSince: row.updatedAt,
        alsoInTransaction: (tx) =>
          outbox.notify(
            {
              accountId: row.accountId,
              filingId: row.id,
              template: 'FILING_EXPIRED',
              params: { orderNo: row.orderNo },
              ...contact,
              now,
            },
            tx,
          ),
      });
    } catch (error) {
      // The applicant (or a reviewer) changed the filing since it was read: it is no longer idle, which is no error.
      if (error instanceof AppError && error.code === 'STALE_VERSION') return false;
      throw error;
    }
    // After commit, as abandoning does: the inventory is another system, and a code left held is only unusable.
    const codes = heldAuthCodesOf(row, await filings.listEvents(row.id));
    const released = await Promise.allSettled(codes.map((code) => cloud.releaseAuthCode(code, row.id)));
    for (const result of released) {
      if (result.status === 'rejected') {
        log.warn({ err: result.reason, filingId: row.id }, 'could not release an auth code of an expired filing');
      }
    }
    return true;
  }

  async function settle(idle: IdleFiling, now: Date): Promise<keyof IdleReport | null> {
    if (checkIdleExpired({ lastActivityAt: idle.lastActivityAt, now }).ok) {
      return (await expire(idle, now)) ? 'expired' : null;
    }
    const day = dueIdleReminder(idle.lastActivityAt, now, idle.remindedDays);
    if (day === null) return null;
    return (await remind(idle, day, now)) ? 'reminded' : null;
  }

  return async function remindAndExpireIdleFilings(): Promise<IdleReport> {
    const now = clock.now();
    // Nothing is due before the first reminder day.
    const idleSince = new Date(now.getTime() - IDLE_REMINDER_DAYS[0] * DAY_MS);
    const report: IdleReport = { reminded: 0, expired: 0 };
    let afterId: string | null = null;
    for (;;) {
      const batch = await repo.idleSince({ states: APPLICANT_IDLE_STATES, idleSince, afterId, limit: batchSize });
      for (const idle of batch) {
        try {
          const outcome = await settle(idle, now);
          if (outcome) report[outcome] += 1;
        } catch (error) {
          // One broken filing must not hold up every filing after it in id order, run after run.
          log.error({ err: error, filingId: idle.id }, 'could not remind or expire an idle filing');
        }
      }
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return report;
      afterId = last.id;
    }
  };
}

export type IdleFilings = ReturnType<typeof createIdleFilings>;
