// English: form validation messages and the API's error codes (errors.<CODE>).
import type { Messages } from '../zh-CN/index.ts';

export const validation: Messages['validation'] = {
  required: 'This field is required',
  email: 'Enter a valid email address, such as name@example.com',
  tooShort: 'Use at least {{min}} characters',
  tooLong: 'Use at most {{max}} characters',
  invalid: 'This value is not valid',
  orderNo: 'An order number is BA followed by 13 digits',
};

export const errors: Messages['errors'] = {
  VALIDATION_FAILED: 'Some details are not valid. Check the highlighted fields.',
  MALFORMED_JSON: 'The request was malformed. Reload the page and try again.',
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  INVALID_CREDENTIALS: 'The email address or password is incorrect. Check them and try again.',
  FORBIDDEN: 'Your role does not allow this action.',
  CSRF_INVALID: 'The security token of this page has expired. Reload the page and try again.',
  NOT_FOUND: 'What you asked for could not be found.',
  CONFLICT: 'This conflicts with the current data. Reload and try again.',
  EMAIL_TAKEN: 'This email address is already registered. Sign in, or use another address.',
  STALE_VERSION: 'Someone else changed this in the meantime. Reload and try again.',
  ILLEGAL_TRANSITION: 'This action is not possible in the current state.',
  RATE_LIMITED: 'Too many requests. Please wait a moment and try again.',
  PAYLOAD_TOO_LARGE: 'The file or content is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'This file type is not supported.',
  ACCOUNT_DISABLED: 'This account has been disabled. Contact an administrator.',
  FILING_NOT_EDITABLE: 'The order cannot be changed in its current state.',
  FIELD_NOT_EDITABLE: 'This detail cannot be changed: the rejection did not name it.',
  ORDER_IN_FLIGHT: 'This subject or domain already has a filing order in progress.',
  FILING_PASSWORD_WRONG: 'The filing password is wrong.',
  SUBJECT_LOCKED: 'Too many wrong filing passwords: the subject is locked for a while.',
  MOBILE_NOT_SAVED: 'Enter a valid mobile number for the subject principal before asking for a code.',
  SMS_RESEND_TOO_SOON: 'A code was sent only a moment ago; wait before asking for another.',
  SMS_HOURLY_LIMIT: 'This number has had the most codes allowed in one hour; try again later.',
  SMS_CODE_WRONG: 'The code is wrong; check it and enter it again.',
  SMS_CODE_EXPIRED: 'The code has expired; ask for a new one.',
  WEBSITE_NOT_OF_SUBJECT: 'This website does not belong to the order’s subject.',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Please try again later.',
  INTERNAL: 'Something went wrong on our side. Please try again; quote the request ID if you contact support.',
  NETWORK_ERROR: 'Cannot reach the server. Check your connection and try again.',
  UNKNOWN: 'Something unexpected happened. Please try again.',
};
