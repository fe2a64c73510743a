// Photo-point operator schemas: finding a filing by its order number.
import { z } from 'zod';

/** Order numbers: BA + the Shanghai date of creation (yyyymmdd) + a 5-digit sequence, e.g. BA2026112900001. */
export const OrderNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^BA\d{13}$/, { message: 'An order number is BA followed by 13 digits, e.g. BA2026112900001' });

export const OrderLookupParamsSchema = z.strictObject({ orderNo: OrderNoSchema });

export const PhotoPointOrderSchema = z.object({
  filing: z.object({
    orderNo: z.string(),
    status: z.string(),
    province: z.string(),
  }),
});
export type PhotoPointOrder = z.infer<typeof PhotoPointOrderSchema>;
