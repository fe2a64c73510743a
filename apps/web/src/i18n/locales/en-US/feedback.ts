// English: form validation messages and the API's error codes (errors.<CODE>).
import type { Messages } from '../zh-CN/index.ts';

export const validation: Messages['validation'] = {
  required: 'This field is required',
  email: 'Enter a valid email address, such as name@example.com',
  tooShort: 'Use at least {{min}} characters',
  tooLong: 'Use at most {{max}} characters',
  invalid: 'This value is not valid',
  orderNo: 'An order number is BA followed by 13 digits',
  passwordsDiffer: 'The two new passwords are not the same',
  miitMobile: 'Enter the 11-digit mobile number',
  miitCode: 'Enter the 6-digit code from the text message',
  certEnding: 'Enter the last 6 characters of your certificate number (digits or letters)',
};

export const errors: Messages['errors'] = {
  VALIDATION_FAILED: 'Some details are not valid. Check the highlighted fields.',
  MALFORMED_JSON: 'The request was malformed. Reload the page and try again.',
  MALFORMED_REQUEST: 'The request could not be read. Reload the page and try again.',
  METHOD_NOT_ALLOWED: 'This address does not take that action. Reload the page and try again.',
  HEADERS_TOO_LARGE: 'The request headers are too large. Clear this site’s cookies and try again.',
  REQUEST_TIMEOUT: 'The request did not arrive in time. Check your connection and try again.',
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  INVALID_CREDENTIALS:
    'The email address or password is incorrect. Check them and try again. A new account must first be confirmed through the link in its email.',
  FORBIDDEN: 'Your role does not allow this action.',
  CSRF_INVALID: 'The security token of this page has expired. Reload the page and try again.',
  NOT_FOUND: 'What you asked for could not be found.',
  CONFLICT: 'This conflicts with the current data. Reload and try again.',
  STALE_VERSION: 'Someone else changed this in the meantime. Reload and try again.',
  ILLEGAL_TRANSITION: 'This action is not possible in the current state.',
  RATE_LIMITED: 'Too many requests. Please wait a moment and try again.',
  PAYLOAD_TOO_LARGE: 'The file or content is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'This file type is not supported.',
  ACCOUNT_DISABLED: 'This account has been disabled. Contact an administrator.',
  PASSWORD_COMMON:
    'This is a common or leaked password, or a small change to one, and is easy to guess. Choose another.',
  PASSWORD_IS_EMAIL: 'The password must not be your email address or the part before the @. Choose another.',
  CURRENT_PASSWORD_WRONG: 'The current password is incorrect.',
  VERIFICATION_LINK_INVALID:
    'This link has expired or has already been used. Sign in, or register again to get a new link.',
  FILING_NOT_EDITABLE: 'The order cannot be changed in its current state.',
  FIELD_NOT_EDITABLE: 'This detail cannot be changed: the rejection did not name it.',
  ORDER_IN_FLIGHT: 'This subject or domain already has a filing order in progress.',
  FILING_PASSWORD_WRONG: 'The filing password is wrong.',
  SUBJECT_LOCKED: 'Too many wrong filing passwords: the subject is locked for a while.',
  MOBILE_NOT_SAVED: 'Enter a valid mobile number for the subject principal before asking for a code.',
  SMS_RESEND_TOO_SOON: 'A code was sent only a moment ago; wait before asking for another.',
  BUREAU_RESEND_TOO_SOON: 'MIIT resends the codes at most once a minute; try again shortly.',
  BUREAU_CHECK_NOT_PENDING: 'The SMS check is over; there is nothing to resend.',
  FILING_NOT_COMPLETED: 'This filing is not complete yet, so there are no filed details.',
  SMS_HOURLY_LIMIT: 'This number has had the most codes allowed in one hour; try again later.',
  SMS_CODE_WRONG: 'The code is wrong; check it and enter it again.',
  SMS_CODE_EXPIRED: 'The code has expired; ask for a new one.',
  WEBSITE_NOT_OF_SUBJECT: 'This website does not belong to the order’s subject.',
  CONTENT_NEEDS_ORGANISATION:
    "A personal filing cannot carry a website whose content needs a pre-approval (news, education, medical, culture and the like); only an organisation's can. Have the website's content type changed through its current provider, or file it under an organisation.",
  MATERIAL_EMPTY: 'The file is empty. Choose the file again and upload it.',
  MATERIAL_UPLOAD_ABORTED: 'The upload stopped before the whole file arrived. Try again.',
  MATERIAL_TOO_LARGE: 'The file is larger than the limit for this material.',
  MATERIAL_TYPE_NOT_ALLOWED: 'This material does not take files of this type.',
  MATERIAL_HEIC_NOT_SUPPORTED:
    'HEIC/HEIF photos are not accepted. Export the photo as JPEG and upload that: on an iPhone, set Settings → Camera → Formats to “Most Compatible” and take the photo again, or choose JPEG when sharing the photo.',
  MATERIAL_IMAGE_TOO_LARGE: 'The image has too many pixels. Save it at a smaller size and upload it again.',
  MATERIAL_IMAGE_TOO_SMALL:
    'The image is too small for the text on the document to be read. Photograph the original closer up or scan it at a higher resolution, and upload that file itself, not a thumbnail or a screenshot.',
  MATERIAL_IMAGE_CORRUPT: 'The image is damaged or incomplete and cannot be opened. Export it again and upload it.',
  MATERIAL_PDF_CORRUPT: 'The PDF is incomplete. Save it again and upload it.',
  MATERIAL_SHEET_UNSIGNED:
    'This is the verification sheet as the console generated it, unsigned. Print it, sign it as its instructions say, then upload a scan or photo of the signed sheet.',
  MATERIAL_SLOT_INVALID: 'This order does not need this material. Reload the list of materials and try again.',
  MATERIALS_MISSING: 'Some required materials have not been uploaded yet.',
  INFO_INCOMPLETE: 'Some filing details are not complete yet.',
  AUTH_CODE_TAKEN:
    'An auth code a website uses is already used by another order, or does not exist. Choose another auth code or cloud server for that website.',
  LEASE_NOT_HELD:
    'You do not hold the claim on this filing (it lapsed or another reviewer has it). Claim it again from the queue.',
  CLAIMED_BY_ANOTHER: 'Another reviewer is reviewing this filing: you can read it, but not claim it.',
  WITHDRAW_CLAIMED: 'A reviewer is reviewing this order now; it can no longer be withdrawn.',
  PHOTO_STEP_NOT_OPEN: 'The photo step opens once the initial review has approved this order.',
  PHOTO_NOT_DUE:
    'This order is not waiting for a verification photo: a photo can be submitted only while the photo is pending or was rejected.',
  PHOTO_METHOD_NOT_ELIGIBLE: 'This order cannot use that photo method. Choose one of the methods the page offers.',
  PHOTO_NOT_JPEG: 'The verification photo must be a JPEG. Let the page convert and shrink it, then upload it.',
  PHOTO_TOO_LARGE: 'The verification photo may be at most 2 MB. Let the page shrink it, then upload it.',
  ID_CHECK_NOT_CONFIRMED: "Check the principal's original ID in person and tick the confirmation first.",
  OPERATOR_WITHOUT_POINT: 'Your account is not assigned to a photo point. Ask an administrator.',
  CURTAIN_ALREADY_REQUESTED: 'Each account can request the free curtain once.',
  CURTAIN_ALREADY_SHIPPED: 'This curtain already shipped with another tracking number; a new one cannot be recorded.',
  CURTAIN_NOT_SHIPPED: 'This curtain has not shipped yet, so it cannot be marked delivered or returned.',
  CURTAIN_ALREADY_DELIVERED: 'This curtain was delivered; it can no longer change.',
  CURTAIN_ALREADY_RETURNED: 'This curtain came back; it can no longer change.',
  TRACKING_NO_INVALID: 'Not an SF tracking number: SF followed by 13 digits, the last a check digit.',
  TRACKING_NO_TAKEN: 'This tracking number is already recorded for another curtain.',
  CURTAIN_GRANT_NOT_NEEDED:
    'No grant needed: the account has not requested its free curtain yet, or already has an unused grant.',
  CURTAIN_GRANT_NOT_APPLICANT: 'Only applicant accounts can be granted another curtain.',
  APP_CHECK_LINK_INVALID:
    'This check link is not valid: it expired, was used, or belongs to another order. Make a new QR code in the console on your computer.',
  APP_CHECK_LINK_LOCKED:
    'The last 6 characters of the ID number were wrong 5 times, so this link no longer works. Make a new QR code in the console.',
  APP_CHECK_CERT_WRONG: 'The last 6 characters of the ID number are not right.',
  APP_CHECK_CERT_NOT_KEPT:
    "This order was saved before the app check could check the principal's ID number on a phone. Use a photo point or the curtain photo instead.",
  RULES_VERSION_CONFLICT:
    'Another administrator has just published a newer version. Reload the page and make your change on the latest version.',
  RULES_UNCHANGED: 'Nothing differs from the current version, so there is nothing to publish.',
  CALENDAR_VERSION_CONFLICT:
    'Another administrator has just published a new version of this year. Reopen it and publish again.',
  SETUP_LINK_INVALID:
    'This setup link is not valid: it was used already, has expired, or was copied incompletely. Restart the console to print a new one.',
  EMAIL_TAKEN: 'This email already has an account. Use another address.',
  OWN_ADMIN_ACCOUNT:
    'You cannot remove your own administrator role or disable your own account. Ask another administrator.',
  LAST_ADMIN:
    'This is the last active administrator. Make another account an administrator first; the console must keep one.',
  INVITATION_INVALID:
    'This invitation link is not valid: it expired, was used or was withdrawn. Ask the administrator who invited you for a new one.',
  PASSWORD_RESET_LINK_INVALID:
    'This reset link no longer works: it expired, was used, or a newer link replaced it. Ask for a new one.',
  SETUP_DONE: 'This console already has an administrator. Sign in, or ask an administrator to open an account for you.',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Please try again later.',
  INTERNAL: 'Something went wrong on our side. Please try again; quote the request ID if you contact support.',
  NETWORK_ERROR: 'Cannot reach the server. Check your connection and try again.',
  UNKNOWN: 'Something unexpected happened. Please try again.',
};
