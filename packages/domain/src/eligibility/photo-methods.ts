// Which verification-photo methods a filing may use after its initial review, each reported as a named check.
import type { ProvinceRules } from '../provinces/province-rules.ts';
import { fail, ok, type Result } from '../result.ts';
import { PHOTO_METHODS, type PhotoMethod } from '../state-machine/photo-guard.ts';
import { type Check, failed, passed } from './check.ts';
import type { CertHolder } from './domain-record.ts';

/**
 * APP_CHECK needs a province that offers it (Shanghai) and one website principal for all websites, holding a
 * resident ID; PHOTO_POINT and CURTAIN are always open.
 */
export function photoMethodChecks(input: {
  rules: ProvinceRules;
  websitePrincipals: readonly Pick<CertHolder, 'certType' | 'certNumber'>[];
}): Check[] {
  const [first] = input.websitePrincipals;
  const onePerson = input.websitePrincipals.every(
    (p) => p.certType === first?.certType && p.certNumber.toUpperCase() === first.certNumber.toUpperCase(),
  );
  let app: Check = passed('APP_CHECK');
  if (!input.rules.appCheckEligible) app = failed('APP_CHECK', 'APP_CHECK_PROVINCE');
  else if (first === undefined || !onePerson) app = failed('APP_CHECK', 'APP_CHECK_PRINCIPALS_DIFFER');
  else if (first.certType !== 'RESIDENT_ID') app = failed('APP_CHECK', 'APP_CHECK_CERT_TYPE');
  return [app, passed('PHOTO_POINT'), passed('CURTAIN')];
}

/** The methods whose check passed, for `checkPhotoSubmission`. */
export const eligiblePhotoMethods = (checks: readonly Check[]): PhotoMethod[] =>
  PHOTO_METHODS.filter((method) => checks.some((c) => c.name === method && c.status === 'pass'));

/** One free curtain mail-out per account; a second request is refused. */
export const checkCurtainRequest = (input: { previousRequests: number }): Result =>
  input.previousRequests === 0 ? ok() : fail('CURTAIN_ALREADY_REQUESTED');
