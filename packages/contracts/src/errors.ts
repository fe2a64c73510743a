// Problem details (RFC 9457) and the stable error codes the API returns and the web app translates.
import { z } from 'zod';
import { FirstCurtainRequestSchema } from './curtain.ts';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  /** A request that cannot be read: not HTTP, a multipart body that is not multipart, a URL that is not UTF-8. */
  'MALFORMED_REQUEST',
  'METHOD_NOT_ALLOWED',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_VERSION',
  'ILLEGAL_TRANSITION',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ACCOUNT_DISABLED',
  'PASSWORD_COMMON',
  'PASSWORD_IS_EMAIL',
  'CURRENT_PASSWORD_WRONG',
  'VERIFICATION_LINK_INVALID',
  'FILING_NOT_EDITABLE',
  'FIELD_NOT_EDITABLE',
  'ORDER_IN_FLIGHT',
  'FILING_PASSWORD_WRONG',
  'SUBJECT_LOCKED',
  'MOBILE_NOT_SAVED',
  'SMS_RESEND_TOO_SOON',
  'SMS_HOURLY_LIMIT',
  'SMS_CODE_WRONG',
  'SMS_CODE_EXPIRED',
  'WEBSITE_NOT_OF_SUBJECT',
  /** A personal filing's website whose filed content needs a pre-approval, which only an organisation may carry. */
  'CONTENT_NEEDS_ORGANISATION',
  'MATERIAL_EMPTY',
  'MATERIAL_UPLOAD_ABORTED',
  'MATERIAL_TOO_LARGE',
  'MATERIAL_TYPE_NOT_ALLOWED',
  'MATERIAL_HEIC_NOT_SUPPORTED',
  'MATERIAL_IMAGE_TOO_LARGE',
  /** An ID or certificate image too small to read: under 600 pixels on its short side, or under 10 KB. */
  'MATERIAL_IMAGE_TOO_SMALL',
  'MATERIAL_IMAGE_CORRUPT',
  'MATERIAL_PDF_CORRUPT',
  /** The verification sheet as the console generated it (its document id), uploaded where the signed one goes. */
  'MATERIAL_SHEET_UNSIGNED',
  'MATERIAL_SLOT_INVALID',
  'MATERIALS_MISSING',
  'INFO_INCOMPLETE',
  'AUTH_CODE_TAKEN',
  'LEASE_NOT_HELD',
  'CLAIMED_BY_ANOTHER',
  'WITHDRAW_CLAIMED',
  'PHOTO_STEP_NOT_OPEN',
  'PHOTO_NOT_DUE',
  'PHOTO_METHOD_NOT_ELIGIBLE',
  'PHOTO_NOT_JPEG',
  'PHOTO_TOO_LARGE',
  'ID_CHECK_NOT_CONFIRMED',
  'OPERATOR_WITHOUT_POINT',
  'CURTAIN_ALREADY_REQUESTED',
  /** The curtain request already has another tracking number. */
  'CURTAIN_ALREADY_SHIPPED',
  /** Delivery or return recorded for a curtain that has not shipped. */
  'CURTAIN_NOT_SHIPPED',
  'CURTAIN_ALREADY_DELIVERED',
  'CURTAIN_ALREADY_RETURNED',
  /** Not an SF tracking number (SF, 13 digits and a check digit). */
  'TRACKING_NO_INVALID',
  /** Another curtain request already has this tracking number. */
  'TRACKING_NO_TAKEN',
  /** The account still has an unused grant, or has not used its free curtain yet. */
  'CURTAIN_GRANT_NOT_NEEDED',
  /** A curtain grant for an account that is not an applicant. */
  'CURTAIN_GRANT_NOT_APPLICANT',
  'APP_CHECK_LINK_INVALID',
  'APP_CHECK_LINK_LOCKED',
  'APP_CHECK_CERT_WRONG',
  'APP_CHECK_CERT_NOT_KEPT',
  /** The MIIT codes were texted less than a minute ago (Retry-After says when). */
  'BUREAU_RESEND_TOO_SOON',
  /** The SMS check is over (confirmed, failed or decided): there is nothing to resend. */
  'BUREAU_CHECK_NOT_PENDING',
  /** The filed view exists only for a filing the bureau approved. */
  'FILING_NOT_COMPLETED',
  /** Another admin published a newer version of the rules since this one was opened for editing. */
  'RULES_VERSION_CONFLICT',
  /** The published edit is the same as the current version. */
  'RULES_UNCHANGED',
  /** Another admin published a version of this calendar year since it was opened: reload and publish again. */
  'CALENDAR_VERSION_CONFLICT',
  'SETUP_LINK_INVALID',
  'SETUP_DONE',
  /** Only where the one asking may know (the first-admin setup); registration never tells. */
  'EMAIL_TAKEN',
  /** An admin removing their own ADMIN role or disabling their own account. */
  'OWN_ADMIN_ACCOUNT',
  /** The change would leave no active administrator. */
  'LAST_ADMIN',
  /** An unknown, expired, used or revoked staff invitation: all answered alike. */
  'INVITATION_INVALID',
  /** An unknown, expired, used or replaced password reset link: all answered alike. */
  'PASSWORD_RESET_LINK_INVALID',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
  /** Wrong tries left: filing password (before the subject is locked) or SMS code (before the code is void). */
  triesLeft: z.number().int().optional(),
  /** Filing password: the instant the lock ends (ISO 8601). */
  lockedUntil: z.string().optional(),
  /** CURTAIN_ALREADY_REQUESTED: the account's first request (when, for which order, its tracking number). */
  firstRequest: FirstCurtainRequestSchema.optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
