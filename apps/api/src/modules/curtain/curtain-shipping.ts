// Recording a curtain's shipment by hand (the admin's desk, one by one or from the courier's file): in one
// transaction the request becomes SHIPPED with the tracking number and the time, the audit row is written and
// CURTAIN_SHIPPED goes to the applicant through the outbox, as the automatic dispatch does. While the courier runs on
// its simulator the parcel is then registered there under that number, so the applicant's tracking works.

import type { CourierSimulator } from '../../adapters/courier/courier.simulator.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { FilingsRepository } from '../filings/filings.repository.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import type { CurtainRequestRow } from './curtain.repository.ts';
import type { CurtainDeskRepository } from './curtain-desk.repository.ts';
import { notifyCurtainShipped } from './curtain-shipped-notice.ts';
import { addressOf } from './curtain-view.ts';

/** Who records it: the admin and the HTTP request (for the audit row). */
export type DeskActor = { actorId: string; requestId: string };

export type ShipOutcome =
  | { outcome: 'APPLIED' | 'UNCHANGED' }
  | { outcome: 'ALREADY_SHIPPED'; trackingNo: string | null }
  | { outcome: 'TRACKING_NO_TAKEN' };

type Deps = {
  db: Db;
  desk: CurtainDeskRepository;
  audit: AuditRepository;
  filings: Pick<FilingsRepository, 'accountEmail'>;
  outbox: NotificationOutbox;
  /** The courier simulator while it runs; null with a production courier, which knows its own parcels. */
  courierSimulator: Pick<CourierSimulator, 'registerShipment'> | null;
  clock: Clock;
};

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

class Refused extends Error {
  constructor(readonly result: ShipOutcome) {
    super(result.outcome);
  }
}

export function createCurtainShipping({ db, desk, audit, filings, outbox, courierSimulator, clock }: Deps) {
  // After the commit, and again for a number recorded before: the simulator keeps one parcel per number.
  const register = async (request: CurtainRequestRow, trackingNo: string) => {
    await courierSimulator?.registerShipment({
      trackingNo,
      ref: request.id,
      recipient: request.recipient,
      address: addressOf(request),
      mobile: request.mobile,
    });
  };

  /** Records `trackingNo` on the request; the caller has checked the number's form. */
  return async function recordShipment(
    request: CurtainRequestRow,
    trackingNo: string,
    actor: DeskActor,
    via: 'desk' | 'import',
  ): Promise<ShipOutcome> {
    if (request.trackingNo === trackingNo) {
      await register(request, trackingNo);
      return { outcome: 'UNCHANGED' };
    }
    if (request.status !== 'REQUESTED') return { outcome: 'ALREADY_SHIPPED', trackingNo: request.trackingNo };
    const email = await filings.accountEmail(request.accountId);
    const now = clock.now();
    try {
      await db.$transaction(async (tx) => {
        if (await desk.byTrackingNo(trackingNo, tx)) throw new Refused({ outcome: 'TRACKING_NO_TAKEN' });
        const shipped = await tx.curtainRequest.updateMany({
          where: { id: request.id, status: 'REQUESTED', shippedAt: null },
          data: { trackingNo, shippedAt: now, status: 'SHIPPED' },
        });
        if (shipped.count !== 1) {
          const current = await desk.byId(request.id, tx);
          throw new Refused(
            current?.trackingNo === trackingNo
              ? { outcome: 'UNCHANGED' }
              : { outcome: 'ALREADY_SHIPPED', trackingNo: current?.trackingNo ?? null },
          );
        }
        await audit.append(
          {
            actorId: actor.actorId,
            action: 'curtain.ship',
            targetType: 'curtainRequest',
            targetId: request.id,
            filingId: request.filingId,
            before: { status: 'REQUESTED', trackingNo: null },
            after: { status: 'SHIPPED', trackingNo },
            detail: { orderNo: request.filing.orderNo, via },
            requestId: actor.requestId,
            at: now,
          },
          tx,
        );
        await notifyCurtainShipped(outbox, request, { trackingNo, email, now }, tx);
      });
    } catch (error) {
      if (error instanceof Refused) return error.result;
      // Another request took the number between the check and the update.
      if (isUniqueViolation(error)) return { outcome: 'TRACKING_NO_TAKEN' };
      throw error;
    }
    await register(request, trackingNo);
    return { outcome: 'APPLIED' };
  };
}

export type RecordShipment = ReturnType<typeof createCurtainShipping>;
