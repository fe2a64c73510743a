// ICP filing numbers: the subject number 粤ICP备12345678号 and a website's number 粤ICP备12345678号-1.
import { type Province, provinceByAbbreviation, provinceByCode } from '../provinces/provinces.ts';
import { fail, ok, type Result } from '../result.ts';

export interface FilingNumber {
  /** Province code (GB/T 2260 two digits), as everywhere else in the product. */
  readonly province: string;
  readonly abbreviation: string;
  /** 8 to 10 digits; newer numbers have 10. */
  readonly serial: string;
  /** The website's sequence number, or null for a subject number. */
  readonly site: number | null;
  readonly subjectNumber: string;
  /** The whole number in canonical form. */
  readonly normalized: string;
}

const PATTERN = /^(.)ICP备(\d+)号(?:-(.+))?$/u;

// People paste numbers with spaces, full-width dashes or a lower-case "icp"; none of that changes the number.
const canonical = (input: string): string =>
  input
    .replace(/\s+/g, '')
    .replace(/[－—–]/g, '-')
    .replace(/icp/i, 'ICP');

export function parseFilingNumber(input: string): Result<FilingNumber> {
  const match = PATTERN.exec(canonical(input));
  if (!match) return fail('FILING_NUMBER_FORMAT');
  const [, abbreviation = '', serial = '', siteText] = match;
  // Strict: 川ICP备… does not exist (Sichuan numbers read 蜀ICP备…), so a typo is not silently fixed.
  const province = provinceByAbbreviation(abbreviation, true);
  if (!province) return fail('FILING_NUMBER_PROVINCE');
  if (serial.length < 8 || serial.length > 10) return fail('FILING_NUMBER_SERIAL');

  let site: number | null = null;
  if (siteText !== undefined) {
    // App, mini-program and quick-app numbers share the sequence but end in A, X or K.
    if (/^[1-9]\d*[AXK]$/.test(siteText)) return fail('FILING_NUMBER_NOT_WEBSITE');
    if (!/^[1-9]\d{0,3}$/.test(siteText)) return fail('FILING_NUMBER_FORMAT');
    site = Number(siteText);
  }
  const subjectNumber = `${abbreviation}ICP备${serial}号`;
  return ok({
    province: province.code,
    abbreviation,
    serial,
    site,
    subjectNumber,
    normalized: site === null ? subjectNumber : `${subjectNumber}-${site}`,
  });
}

/** Builds a number from its parts; `province` is a province code or a filing-number abbreviation. */
export function formatFilingNumber(parts: { province: string; serial: string; site?: number | null }): string {
  const province: Province | undefined = provinceByCode(parts.province) ?? provinceByAbbreviation(parts.province, true);
  if (!province) throw new RangeError(`Unknown province: ${parts.province}`);
  if (!/^\d{8,10}$/.test(parts.serial)) throw new RangeError(`Serial must be 8 to 10 digits: ${parts.serial}`);
  const site = parts.site ?? null;
  if (site !== null && (!Number.isInteger(site) || site < 1)) throw new RangeError(`Bad site number: ${site}`);
  const subject = `${province.abbreviation}ICP备${parts.serial}号`;
  return site === null ? subject : `${subject}-${site}`;
}
