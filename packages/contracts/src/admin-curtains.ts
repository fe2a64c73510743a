// The admin's curtain dispatch desk (幕布邮寄): the requests with their status, today's batch by the 16:00 rule, the
// courier's bulk-order CSV, tracking numbers imported or typed one by one, delivery, return, and granted further
// curtains.
import { z } from 'zod';
import { nonEmpty, nonEmptyLine } from './common.ts';
import { CurtainStatusSchema } from './curtain.ts';

/** An SF tracking number as typed: SF and 13 digits (the API also checks the check digit). */
export const TrackingNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^SF\d{13}$/, { message: 'Enter an SF tracking number: SF followed by 13 digits' });

/**
 * GET /api/admin/curtains. `batch=today`: today's batch, the requests planned for today (Beijing) or earlier and not
 * shipped (the other filters then do not apply); with `through`, a later day's batch cut in advance (parcels planned
 * up to that day; shipping before the planned day only keeps the promise sooner). A `through` before today is today.
 * Dates are Beijing days (YYYY-MM-DD) of the planned dispatch date.
 */
export const AdminCurtainQuerySchema = z.strictObject({
  batch: z.enum(['today']).optional(),
  through: z.iso.date().optional(),
  status: CurtainStatusSchema.optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/, { message: 'Enter a two-digit province code' })
    .optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AdminCurtainQuery = z.infer<typeof AdminCurtainQuerySchema>;

/** GET /api/admin/curtains/batch.csv: today's batch, or the batch through a later planned day. */
export const CurtainBatchCsvQuerySchema = z.strictObject({ through: z.iso.date().optional() });
export type CurtainBatchCsvQuery = z.infer<typeof CurtainBatchCsvQuerySchema>;

export const AdminCurtainRowSchema = z.object({
  id: z.uuid(),
  filingId: z.uuid(),
  orderNo: z.string(),
  accountId: z.uuid(),
  /** 1 for the free curtain, 2 and on for granted further ones. */
  sequence: z.number().int(),
  status: CurtainStatusSchema,
  /** False: the free curtain (postage on the provider's account); true: a granted further one, postage due on delivery. */
  postagePaidByApplicant: z.boolean(),
  recipient: z.string(),
  mobileMasked: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  cityName: z.string(),
  districtName: z.string(),
  addressDetail: z.string(),
  plannedDispatchDate: z.iso.date(),
  trackingNo: z.string().nullable(),
  requestedAt: z.iso.datetime(),
  shippedAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  returnedAt: z.iso.datetime().nullable(),
});
export type AdminCurtainRow = z.infer<typeof AdminCurtainRowSchema>;

export const AdminCurtainPageSchema = z.object({
  rows: z.array(AdminCurtainRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Today's Beijing date, the day today's batch is cut for. */
  today: z.iso.date(),
  /** The last planned day the batch view holds: today, or the later `through` asked for. */
  batchThrough: z.iso.date(),
  /** How many requests today's batch holds, whatever the filters. */
  batchCount: z.number().int(),
});
export type AdminCurtainPage = z.infer<typeof AdminCurtainPageSchema>;

/** The audit log's actions of the curtain desk (targetType curtainRequest; a grant's is the account). */
export const CURTAIN_AUDIT_ACTIONS = [
  'curtain.ship',
  'curtain.deliver',
  'curtain.return',
  'curtain.grant',
  /** The batch's CSV was downloaded: the one place the recipients' full mobiles leave the console. */
  'curtain.export',
] as const;

export const CurtainIdParamsSchema = z.strictObject({ id: z.uuid() });

/** POST /api/admin/curtains/:id/ship */
export const CurtainShipInputSchema = z.strictObject({ trackingNo: TrackingNoSchema });
export type CurtainShipInput = z.infer<typeof CurtainShipInputSchema>;

/** POST /api/admin/curtains/:id/return: why the parcel came back (wrong address, refused, not collected). */
export const CurtainReturnInputSchema = z.strictObject({ reason: nonEmptyLine(200) });
export type CurtainReturnInput = z.infer<typeof CurtainReturnInputSchema>;

/** The CSV import's size limit: 1 MB of UTF-8 text. */
export const TRACKING_IMPORT_MAX_BYTES = 1_000_000;

/**
 * POST /api/admin/curtains/tracking-import: the CSV as text. Its header row names a reference column (用户订单号,
 * 订单号, reference, id) and a tracking column (运单号, 快递单号, tracking, trackingNo); the exported batch with a 运单号
 * column added and a two-column file both do.
 */
export const TrackingImportInputSchema = z.strictObject({
  csv: z
    .string()
    .min(1)
    .max(TRACKING_IMPORT_MAX_BYTES)
    .refine((csv) => new TextEncoder().encode(csv).length <= TRACKING_IMPORT_MAX_BYTES, {
      message: 'The file is larger than 1 MB; split it and import the parts',
    }),
});
export type TrackingImportInput = z.infer<typeof TrackingImportInputSchema>;

export const TRACKING_IMPORT_PROBLEMS = [
  /** No request has this id (or order number). */
  'UNKNOWN_REFERENCE',
  /** Not an SF tracking number (SF, 13 digits, check digit). */
  'TRACKING_NO_MALFORMED',
  /** The request already shipped with another number. */
  'ALREADY_SHIPPED',
  /** Another request already has this number. */
  'TRACKING_NO_TAKEN',
  /** An earlier row of the file has the same reference or the same number. */
  'DUPLICATE_IN_FILE',
  /** A row without a reference or a number. */
  'MISSING_VALUE',
] as const;
export const TrackingImportProblemSchema = z.enum(TRACKING_IMPORT_PROBLEMS);
export type TrackingImportProblem = z.infer<typeof TrackingImportProblemSchema>;

export const TrackingImportReportSchema = z.object({
  /** Rows recorded now: the request is SHIPPED with the number and the applicant was told. */
  applied: z.array(z.object({ row: z.number().int(), id: z.uuid(), orderNo: z.string(), trackingNo: z.string() })),
  /** Rows already recorded with the same number (a file imported twice): nothing changed. */
  unchanged: z.array(z.object({ row: z.number().int(), id: z.uuid(), trackingNo: z.string() })),
  /** Rows refused, each with its row number in the file (the header is row 1) and why. */
  rejected: z.array(
    z.object({
      row: z.number().int(),
      reference: z.string(),
      trackingNo: z.string(),
      problem: TrackingImportProblemSchema,
      detail: z.string(),
    }),
  ),
});
export type TrackingImportReport = z.infer<typeof TrackingImportReportSchema>;

/** POST /api/admin/curtain-grants: one more curtain for an account, by its id or the applicant's email. */
export const CurtainGrantInputSchema = z
  .strictObject({
    accountId: z.uuid().optional(),
    email: z.string().trim().toLowerCase().max(254).optional(),
    reason: nonEmpty(500),
  })
  .refine((v) => Boolean(v.accountId) !== Boolean(v.email), {
    message: 'Give either the account id or the applicant email, not both',
    path: ['accountId'],
  });
export type CurtainGrantInput = z.infer<typeof CurtainGrantInputSchema>;

export const CurtainGrantSchema = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  email: z.string(),
  reason: z.string(),
  grantedAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
});
export type CurtainGrant = z.infer<typeof CurtainGrantSchema>;
