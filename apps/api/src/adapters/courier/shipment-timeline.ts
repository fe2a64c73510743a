// Where a simulated shipment is, from the time since it was created: picked up after 4 hours, in transit after
// 12, delivered after 48, or at once when marked delivered.
import type { Shipment, ShipmentStatus } from './courier.port.ts';

const HOUR_MS = 3_600_000;
export const SHIPMENT_STEP_HOURS: Readonly<Record<ShipmentStatus, number>> = {
  CREATED: 0,
  PICKED_UP: 4,
  IN_TRANSIT: 12,
  DELIVERED: 48,
};

export function shipmentTimeline(createdAt: Date, deliveredAt: Date | null, now: Date): Shipment['timeline'] {
  const steps = Object.entries(SHIPMENT_STEP_HOURS) as [ShipmentStatus, number][];
  return steps
    .map(([status, hours]) => {
      const planned = new Date(createdAt.getTime() + hours * HOUR_MS);
      if (!deliveredAt) return { status, at: planned };
      // Delivered early: every step not yet reached happened on the way, at the delivery at the latest.
      return { status, at: status === 'DELIVERED' || deliveredAt < planned ? deliveredAt : planned };
    })
    .filter((step) => step.at <= now);
}
