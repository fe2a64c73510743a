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
  /** Books a pick-up and returns the tracking number (SF followed by 13 digits). */
  createShipment(request: ShipmentRequest): Promise<{ trackingNo: string }>;
  getShipment(trackingNo: string): Promise<Shipment | null>;
}
