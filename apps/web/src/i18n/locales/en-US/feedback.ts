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
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Please try again later.',
  INTERNAL: 'Something went wrong on our side. Please try again; quote the request ID if you contact support.',
  NETWORK_ERROR: 'Cannot reach the server. Check your connection and try again.',
  UNKNOWN: 'Something unexpected happened. Please try again.',
};
