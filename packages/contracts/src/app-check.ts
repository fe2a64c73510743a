// The Shanghai app check (上海APP核验): a one-time link the applicant's console makes for the principal's phone, and
// what the phone page sends and is shown. The token travels in the link's fragment and in request bodies only.
import { z } from 'zod';

/** The token from the link's fragment (`/m/app-check#token=…`): 256 random bits, base64url. */
export const AppCheckTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, { message: 'This is not an app check link token' });

/** The last 6 characters of the principal's resident ID (digits, the last may be X in either case). */
export const CertEndingSchema = z
  .string()
  .trim()
  .regex(/^\d{5}[\dXx]$/, { message: 'Enter the last 6 characters of the certificate number' });

/** POST /api/filings/:id/photo/app-check-link: the path of the phone page (token in its fragment) and its end. */
export const AppCheckLinkSchema = z.object({
  /** `/m/app-check#token=…`, relative to the console's own origin. */
  path: z.string(),
  expiresAt: z.iso.datetime(),
});
export type AppCheckLink = z.infer<typeof AppCheckLinkSchema>;

export const AppCheckTokenBodySchema = z.strictObject({ token: AppCheckTokenSchema });
export type AppCheckTokenBody = z.infer<typeof AppCheckTokenBodySchema>;

/** What the phone page shows once the link opens: whose check it is, without revealing more than the principal knows. */
export const AppCheckOpenedSchema = z.object({
  orderNo: z.string(),
  /** The principal's name with all but its first character hidden (赵强 → 赵*). */
  principalMasked: z.string(),
  expiresAt: z.iso.datetime(),
  /** Wrong certificate endings left before the link ends. */
  triesLeft: z.number().int().min(0),
});
export type AppCheckOpened = z.infer<typeof AppCheckOpenedSchema>;

export const AppCheckVerifyBodySchema = z.strictObject({ token: AppCheckTokenSchema, certEnding: CertEndingSchema });
export type AppCheckVerifyBody = z.infer<typeof AppCheckVerifyBodySchema>;

export const AppCheckVerifiedSchema = z.object({ verified: z.literal(true) });

/** The text fields sent before the photo (multipart): the link's token and the certificate ending, checked again. */
export const AppCheckPhotoFieldsSchema = z.strictObject({ token: AppCheckTokenSchema, certEnding: CertEndingSchema });
export type AppCheckPhotoFields = z.infer<typeof AppCheckPhotoFieldsSchema>;

/** The phone's answer once the photo is in: the order and when the second review is due, nothing of the filing. */
export const AppCheckSubmittedSchema = z.object({
  orderNo: z.string(),
  secondReviewDueAt: z.iso.datetime(),
});
export type AppCheckSubmitted = z.infer<typeof AppCheckSubmittedSchema>;
