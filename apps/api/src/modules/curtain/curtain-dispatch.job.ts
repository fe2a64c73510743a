// The automatic curtain dispatch (curtain.dispatch, only with CURTAIN_AUTO_DISPATCH; by default the admin's desk
// ships by hand, decision 029): on or after a request's planned dispatch date (Beijing), book it with the
// courier, then record the tracking number and the hand-over time and send CURTAIN_SHIPPED in one transaction.
// Safe to run twice at once or again after a crash between the two steps: the courier books one shipment per ref
// (the request id) and returns the same tracking number, and only the run whose update finds the request unshipped
// records it and sends the notice.
import { shanghaiDay } from '@beian/domain';
import type { Courier } from '../../adapters/courier/courier.port.ts';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import type { CurtainRepository, CurtainRequestRow } from './curtain.repository.ts';
import { notifyCurtainShipped } from './curtain-shipped-notice.ts';
import { addressOf } from './curtain-view.ts';

/** Requests booked per run; the rest wait for the next run (minutes later). */
export const DISPATCH_BATCH = 100;

type Log = { error: (detail: object, message: string) => void };

type Deps = {
  db: Db;
  repo: CurtainRepository;
  courier: Pick<Courier, 'createShipment'>;
  filings: Pick<FilingsRepository, 'accountEmail'>;
  outbox: NotificationOutbox;
  clock: Clock;
  log: Log;
};

export type DispatchReport = { shipped: number; failed: number };

export function createCurtainDispatch({ db, repo, courier, filings, outbox, clock, log }: Deps) {
  async function ship(request: CurtainRequestRow): Promise<boolean> {
    const { trackingNo } = await courier.createShipment({
      recipient: request.recipient,
      address: addressOf(request),
      mobile: request.mobile,
      ref: request.id,
    });
    // The account's email as for every filing notice; the text goes to the recipient's number, who waits for it.
    const email = await filings.accountEmail(request.accountId);
    const now = clock.now();
    return db.$transaction(async (tx) => {
      if (!(await repo.markShipped(request.id, trackingNo, now, tx))) return false;
      await notifyCurtainShipped(outbox, request, { trackingNo, email, now }, tx);
      return true;
    });
  }

  return async function dispatchCurtains(): Promise<DispatchReport> {
    const due = await repo.due(shanghaiDay(clock.now()), DISPATCH_BATCH);
    const report: DispatchReport = { shipped: 0, failed: 0 };
    for (const request of due) {
      try {
        if (await ship(request)) report.shipped += 1;
      } catch (error) {
        // One request the courier refuses must not hold up the others; it is tried again on the next run.
        report.failed += 1;
        log.error({ curtainRequestId: request.id, err: error }, 'curtain dispatch failed');
      }
    }
    return report;
  };
}

export type CurtainDispatch = ReturnType<typeof createCurtainDispatch>;
