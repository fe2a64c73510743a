// The certificate checks of the verify step: the type suits the subject's nature and the number is valid for it.
import type { Day } from '../calendar/shanghai-time.ts';
import type { SubjectNature } from '../glossary.ts';
import { isValidCertNumber } from '../validators/cert-number.ts';
import { isCertType, isCertTypeAllowed } from '../validators/cert-types.ts';
import { type Check, checkFromResult, failed, passed } from './check.ts';

/** CERTIFICATE: a USCC with a wrong check character warns; anything else invalid fails. */
export const checkCertificate = (type: string, number: string, options: { today: Day }): Check =>
  checkFromResult('CERTIFICATE', isValidCertNumber(type, number, options));

export function checkCertType(nature: SubjectNature, type: string): Check {
  if (!isCertType(type)) return failed('CERT_TYPE', 'CERT_TYPE_UNKNOWN');
  return isCertTypeAllowed(nature, type) ? passed('CERT_TYPE') : failed('CERT_TYPE', 'CERT_TYPE_NOT_ALLOWED');
}
