// Photo points (拍照点): the directory applicants choose from, and the operator's view of a filing found by order
// number while it waits for its photo.
import { PRINCIPAL_ID_KINDS } from '@beian/domain';
import { z } from 'zod';
import { FilingStatusSchema } from './filings.ts';

/** Order numbers: BA + the Shanghai date of creation (yyyymmdd) + a 5-digit sequence, e.g. BA2026112900001. */
export const OrderNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^BA\d{13}$/, { message: 'An order number is BA followed by 13 digits, e.g. BA2026112900001' });

export const OrderLookupParamsSchema = z.strictObject({ orderNo: OrderNoSchema });

/** The principal's ID images from step 3 the operator compares with the person in front of them. */
export const OperatorIdImageSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PRINCIPAL_ID_KINDS),
  /** The website the image belongs to (website principals only). */
  websiteFilingNo: z.string().nullable(),
  contentType: z.string(),
});
export type OperatorIdImage = z.infer<typeof OperatorIdImageSchema>;

/** A person to check in person: the subject's principal, or a website's own principal. Certificates only masked. */
export const OperatorPrincipalSchema = z.object({
  role: z.enum(['SUBJECT', 'WEBSITE']),
  /** Website principals: the websites they are the principal of (by name). */
  websites: z.array(z.object({ websiteFilingNo: z.string(), name: z.string() })),
  name: z.string().nullable(),
  certType: z.string().nullable(),
  certMasked: z.string().nullable(),
  images: z.array(OperatorIdImageSchema),
});
export type OperatorPrincipal = z.infer<typeof OperatorPrincipalSchema>;

export const PhotoPointOrderSchema = z.object({
  filing: z.object({
    id: z.uuid(),
    orderNo: z.string(),
    status: FilingStatusSchema,
    province: z.string(),
    /** The version the operator's photo is sent with. */
    version: z.number().int(),
    principals: z.array(OperatorPrincipalSchema),
  }),
  /** The operator's own point: the photo is recorded as taken there. */
  point: z.object({ id: z.uuid(), name: z.string(), province: z.string(), city: z.string() }),
});
export type PhotoPointOrder = z.infer<typeof PhotoPointOrderSchema>;

export const OperatorIdImageParamsSchema = z.strictObject({ id: z.uuid(), materialId: z.uuid() });

/** The fields sent before the operator's photo (multipart): the version read, and the in-person ID check. */
export const OperatorPhotoFieldsSchema = z.strictObject({
  version: z.coerce.number().int().positive(),
  // Multipart fields are text: only the literal "true" confirms (a checkbox's value as the web app sends it).
  idCheckedInPerson: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type OperatorPhotoFields = z.input<typeof OperatorPhotoFieldsSchema>;

/** A designated photo point as applicants see it. */
export const PhotoPointSchema = z.object({
  id: z.uuid(),
  province: z.string(),
  city: z.string(),
  name: z.string(),
  address: z.string(),
  hours: z.string(),
  phone: z.string(),
  /** A public map search of the point (opens in a new tab). */
  mapUrl: z.url(),
});
export type PhotoPoint = z.infer<typeof PhotoPointSchema>;

export const PhotoPointDirectoryQuerySchema = z.strictObject({
  /** Words to find in the point's province, city, name or address; every word must match. */
  q: z.string().trim().max(50).optional(),
  /** The applicant's province (GB/T 2260 code): listed first. Points elsewhere are listed too. */
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export type PhotoPointDirectoryQuery = z.infer<typeof PhotoPointDirectoryQuerySchema>;

/** Active points grouped by province, then city: the asked province first, the rest in GB/T 2260 order. */
export const PhotoPointDirectorySchema = z.object({
  total: z.number().int(),
  provinces: z.array(
    z.object({
      province: z.string(),
      cities: z.array(z.object({ city: z.string(), points: z.array(PhotoPointSchema) })),
    }),
  ),
});
export type PhotoPointDirectory = z.infer<typeof PhotoPointDirectorySchema>;
