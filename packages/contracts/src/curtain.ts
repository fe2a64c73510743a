// The curtain mail-out (幕布邮寄): one free curtain per account, sent by SF Express, for the self-taken photo.
import { z } from 'zod';
import { nonEmptyLine } from './common.ts';
import { MobileSchema } from './filing-common.ts';
import { SHIPMENT_STATUSES } from './simulator.ts';

const GbCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: 'Enter a six-digit GB/T 2260 code' });

/**
 * POST /api/filings/:id/curtain-request. The codes are GB/T 2260: the province's two digits, the city's and the
 * district's six; the API checks that they belong together (VALIDATION_FAILED naming the field otherwise).
 */
export const CurtainRequestInputSchema = z.strictObject({
  recipient: nonEmptyLine(40),
  mobile: MobileSchema,
  provinceCode: z.string().regex(/^\d{2}$/, { message: 'Enter a two-digit province code' }),
  cityCode: GbCode,
  districtCode: GbCode,
  /** Street, building and room: what follows the district on the label. */
  addressDetail: nonEmptyLine(120),
});
export type CurtainRequestInput = z.infer<typeof CurtainRequestInputSchema>;

/** Requested (waiting for its dispatch day), shipped (with a tracking number), delivered, or returned undelivered. */
export const CURTAIN_STATUSES = ['REQUESTED', 'SHIPPED', 'DELIVERED', 'RETURNED'] as const;
export const CurtainStatusSchema = z.enum(CURTAIN_STATUSES);
export type CurtainStatus = z.infer<typeof CurtainStatusSchema>;

export const ShipmentStatusSchema = z.enum(SHIPMENT_STATUSES);
export type ShipmentStatus = z.infer<typeof ShipmentStatusSchema>;

/** Where the parcel is, from the courier: every step reached so far, oldest first. */
export const CurtainShipmentSchema = z.object({
  status: ShipmentStatusSchema,
  timeline: z.array(z.object({ status: ShipmentStatusSchema, at: z.iso.datetime() })),
});
export type CurtainShipment = z.infer<typeof CurtainShipmentSchema>;

export const CurtainRequestSchema = z.object({
  id: z.uuid(),
  /** The filing it was requested for, and that filing's order number. */
  filingId: z.uuid(),
  orderNo: z.string(),
  status: CurtainStatusSchema,
  /** 1 for the free curtain, 2 and on for each further one an admin granted. */
  sequence: z.number().int(),
  /** True for a granted further curtain: the applicant pays the postage on delivery (到付). */
  postagePaidByApplicant: z.boolean(),
  recipient: z.string(),
  mobileMasked: z.string(),
  provinceCode: z.string(),
  cityCode: z.string(),
  districtCode: z.string(),
  addressDetail: z.string(),
  /** The whole address as the label writes it (province, city, district names and the street line). */
  address: z.string(),
  requestedAt: z.iso.datetime(),
  /** The Beijing date (YYYY-MM-DD) it ships: the same working day before 16:00, else the next working day. */
  plannedDispatchDate: z.iso.date(),
  /** Once handed to SF Express: the tracking number, when, and where the parcel is (null if the courier cannot say). */
  trackingNo: z.string().nullable(),
  shippedAt: z.iso.datetime().nullable(),
  shipment: CurtainShipmentSchema.nullable(),
});
export type CurtainRequest = z.infer<typeof CurtainRequestSchema>;

/**
 * GET /api/curtain-request: the account's newest request, or null before it made one, and whether an admin granted
 * one more (requested like the first, postage paid by the applicant).
 */
export const AccountCurtainRequestSchema = z.object({
  request: CurtainRequestSchema.nullable(),
  furtherRequestGranted: z.boolean(),
});
export type AccountCurtainRequest = z.infer<typeof AccountCurtainRequestSchema>;

/** The problem member of CURTAIN_ALREADY_REQUESTED: the account's first (and only free) request. */
export const FirstCurtainRequestSchema = z.object({
  requestedAt: z.iso.datetime(),
  orderNo: z.string(),
  trackingNo: z.string().nullable(),
});
export type FirstCurtainRequest = z.infer<typeof FirstCurtainRequestSchema>;
