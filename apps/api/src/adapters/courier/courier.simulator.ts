// The courier simulator: books shipments in its own table and tracks them by the clock.

import type { Prisma } from '../../generated/prisma/client.ts';
import { NotFoundError } from '../../lib/app-error.ts';
import { maskMobile } from '../../lib/mask-mobile.ts';
import type { SimulatorDeps } from '../simulator-deps.ts';
import type { Courier, Shipment, ShipmentRequest } from './courier.port.ts';
import { shipmentTimeline } from './shipment-timeline.ts';
import { trackingNumberFor } from './tracking-number.ts';

export type CourierSimulator = Courier & {
  /** The simulator page's action: the parcel arrived (now). */
  markDelivered(trackingNo: string): Promise<Shipment>;
  listShipments(query: { limit: number }): Promise<Shipment[]>;
  /**
   * A parcel booked outside the API (the admin's bulk order with the courier) under the number the courier gave it,
   * so its tracking works like a booked one's; nothing when the number is already known.
   */
  registerShipment(shipment: ShipmentRequest & { trackingNo: string }): Promise<void>;
};

// Two-key advisory locks: this namespace keeps the courier's keys apart from the job leases' and any other.
const REF_LOCK_NAMESPACE = 0x73667368; // 'sfsh'

type ShipmentRow = Prisma.SimCourierShipmentGetPayload<object>;

export function createCourierSimulator({ db, clock }: Pick<SimulatorDeps, 'db' | 'clock'>): CourierSimulator {
  const toShipment = (row: ShipmentRow): Shipment => {
    const timeline = shipmentTimeline(row.createdAt, row.deliveredAt, clock.now());
    return {
      trackingNo: row.trackingNo ?? trackingNumberFor(row.id),
      ref: row.ref,
      recipient: row.recipient,
      address: row.address,
      mobileMasked: maskMobile(row.mobile),
      status: timeline.at(-1)?.status ?? 'CREATED',
      timeline,
      createdAt: row.createdAt,
    };
  };
  const find = (trackingNo: string) => db.simCourierShipment.findUnique({ where: { trackingNo: trackingNo.trim() } });

  return {
    async createShipment({ recipient, address, mobile, ref }) {
      // The number comes from the row's sequence, so the row is written first and numbered in the same transaction.
      // A transaction-scoped lock on the ref makes two bookings of one ref at once wait for each other, and the second
      // finds the first's row.
      return db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REF_LOCK_NAMESPACE}::int, hashtext(${ref}))::text AS locked`;
        const booked = await tx.simCourierShipment.findFirst({ where: { ref }, orderBy: { id: 'asc' } });
        if (booked) return { trackingNo: booked.trackingNo ?? trackingNumberFor(booked.id) };
        for (;;) {
          const row = await tx.simCourierShipment.create({
            data: { recipient, address, mobile, ref, createdAt: clock.now() },
          });
          const trackingNo = trackingNumberFor(row.id);
          // A number registered from a bulk order may be the one this row's sequence gives: the row makes way.
          if (await tx.simCourierShipment.findUnique({ where: { trackingNo } })) {
            await tx.simCourierShipment.delete({ where: { id: row.id } });
            continue;
          }
          await tx.simCourierShipment.update({ where: { id: row.id }, data: { trackingNo } });
          return { trackingNo };
        }
      });
    },

    async getShipment(trackingNo) {
      const row = await find(trackingNo);
      return row ? toShipment(row) : null;
    },

    async markDelivered(trackingNo) {
      const row = await find(trackingNo);
      if (!row) throw new NotFoundError(`Shipment ${trackingNo}`);
      if (toShipment(row).status === 'DELIVERED') return toShipment(row);
      await db.simCourierShipment.updateMany({
        where: { id: row.id, deliveredAt: null },
        data: { deliveredAt: clock.now() },
      });
      return toShipment(await db.simCourierShipment.findUniqueOrThrow({ where: { id: row.id } }));
    },

    async registerShipment({ trackingNo, recipient, address, mobile, ref }) {
      await db.simCourierShipment.createMany({
        data: [{ trackingNo, recipient, address, mobile, ref, createdAt: clock.now() }],
        skipDuplicates: true,
      });
    },

    async listShipments({ limit }) {
      const rows = await db.simCourierShipment.findMany({ orderBy: { id: 'desc' }, take: limit });
      return rows.map(toShipment);
    },
  };
}
