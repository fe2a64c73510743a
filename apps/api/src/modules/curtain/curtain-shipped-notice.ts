// CURTAIN_SHIPPED with the tracking number, written in the transaction that records the shipment: in the console and
// by email to the account, by text to the recipient's number, since that is who waits for the parcel.
import type { Tx } from '../../infra/db.ts';
import type { NotificationOutbox } from '../notifications/notifications.outbox.ts';
import type { CurtainRequestRow } from './curtain.repository.ts';

export function notifyCurtainShipped(
  outbox: NotificationOutbox,
  request: Pick<CurtainRequestRow, 'accountId' | 'filingId' | 'mobile' | 'filing'>,
  shipment: { trackingNo: string; email: string | null; now: Date },
  tx: Tx,
) {
  return outbox.notify(
    {
      accountId: request.accountId,
      filingId: request.filingId,
      template: 'CURTAIN_SHIPPED',
      params: { orderNo: request.filing.orderNo, trackingNo: shipment.trackingNo },
      email: shipment.email,
      mobile: request.mobile,
      now: shipment.now,
    },
    tx,
  );
}
