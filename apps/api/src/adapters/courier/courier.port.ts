// What the API needs from the courier (SF Express) for curtain mail-outs: create a shipment, track it.

export const SHIPMENT_STATUSES = ['CREATED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface ShipmentRequest {
  readonly recipient: string;
  readonly address: string;
  readonly mobile: string;
  /** Our reference, e.g. the curtain request id. */
  readonly ref: string;
}

export interface Shipment {
  readonly trackingNo: string;
  readonly ref: string;
  readonly recipient: string;
  readonly address: string;
  readonly mobileMasked: string;
  readonly status: ShipmentStatus;
  /** Every step reached so far, oldest first. */
  readonly timeline: readonly { readonly status: ShipmentStatus; readonly at: Date }[];
  readonly createdAt: Date;
}

export interface Courier {
  /**
   * Books a pick-up and returns the tracking number (SF followed by 13 digits). Idempotent by `ref`, as SF's order
   * API is by the customer's order id: booking the same ref again (a retry, or two senders at once) returns the
   * first booking's tracking number and books nothing more.
   */
  createShipment(request: ShipmentRequest): Promise<{ trackingNo: string }>;
  getShipment(trackingNo: string): Promise<Shipment | null>;
}
