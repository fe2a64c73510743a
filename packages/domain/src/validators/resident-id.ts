// Mainland resident identity card numbers (GB 11643): 18 characters, region, birth date and a mod-11 check character.
// Residence permits for Hong Kong, Macao and Taiwan residents use the same format with prefixes 81, 82 and 83; they
// are a separate certificate type, so they pass only with `residencePermit: true` (and then only they pass).
import { type Day, isDay } from '../calendar/shanghai-time.ts';
import { PROVINCE_CODES } from '../provinces/provinces.ts';
import { fail, ok, type Result } from '../result.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export const RESIDENCE_PERMIT_PREFIXES = ['81', '82', '83'] as const;
// Nobody alive was born earlier; a date before this is a typo, not a person.
const EARLIEST_BIRTH: Day = '1900-01-01';

/** The GB 11643 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11] as string;
}

export interface ResidentIdInfo {
  /** Upper-case, trimmed. */
  readonly id: string;
  /** Two-digit region prefix: a province code, or 81/82/83 for a residence permit. */
  readonly regionCode: string;
  readonly birthDate: Day;
  readonly sex: 'M' | 'F';
}

export interface ResidentIdOptions {
  /** Today in Shanghai, to judge "born in the future" against: from the caller's clock (the domain reads none). */
  readonly today: Day;
  readonly residencePermit?: boolean;
}

export function isValidResidentId(input: string, options: ResidentIdOptions): Result<ResidentIdInfo> {
  const id = input.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) return fail('RESIDENT_ID_LEGACY_15');
  if (!/^\d{17}[\dX]$/.test(id)) return fail('RESIDENT_ID_FORMAT');

  const regionCode = id.slice(0, 2);
  const regions: readonly string[] = options.residencePermit ? RESIDENCE_PERMIT_PREFIXES : PROVINCE_CODES;
  if (!regions.includes(regionCode)) return fail('RESIDENT_ID_REGION');

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isDay(birthDate) || birthDate < EARLIEST_BIRTH || birthDate > options.today)
    return fail('RESIDENT_ID_BIRTH_DATE');

  if (residentIdCheckChar(id) !== id[17]) return fail('RESIDENT_ID_CHECKSUM');
  return ok({ id, regionCode, birthDate, sex: Number(id[16]) % 2 === 1 ? 'M' : 'F' });
}

export interface ResidentIdSeed {
  /** Six-digit GB/T 2260 division code, e.g. 440305 (Shenzhen Nanshan). */
  readonly region?: string;
  readonly birthDate?: Day;
  /** 0–999; odd is male, even is female. */
  readonly sequence?: number;
}

/** A valid number built from its parts, for seed data and tests; the same seed always gives the same number. */
export function generateResidentId({ region = '440305', birthDate = '1990-01-01', sequence = 1 }: ResidentIdSeed = {}) {
  if (!/^\d{6}$/.test(region)) throw new RangeError(`Region must be six digits: ${region}`);
  if (!isDay(birthDate)) throw new RangeError(`Not a calendar day: ${birthDate}`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) throw new RangeError(`Bad sequence: ${sequence}`);
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
