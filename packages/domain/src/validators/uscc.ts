// Unified social credit codes (GB 32100). A wrong check character is only a warning: some early pilot codes
// (Fujian) were issued with one, and the registry is the authority on whether a code exists.
import { fail, ok, type Result } from '../result.ts';
import { orgCodeCheckChar } from './org-code.ts';

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

/** Registration authority (position 1) → the institution categories (position 2) it issues. */
export const USCC_AUTHORITIES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 编办直管群众团体, 其他
  '2': '19', // 外交
  '3': '123459', // 司法行政: 律所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委, 其他
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

export function usccCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * USCC_CHARSET.indexOf(first17[i] ?? ''), 0);
  return USCC_CHARSET[(31 - (sum % 31)) % 31] as string;
}

export interface UsccInfo {
  readonly code: string;
  readonly authority: string;
  readonly category: string;
  /** Six-digit GB/T 2260 division code of the registering office. */
  readonly regionCode: string;
  readonly orgCode: string;
}

export function isValidUscc(input: string): Result<UsccInfo> {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return fail('USCC_LENGTH');
  if (![...code].every((c) => USCC_CHARSET.includes(c))) return fail('USCC_CHARSET');
  const [authority = '', category = ''] = code;
  const categories = USCC_AUTHORITIES[authority];
  if (categories === undefined) return fail('USCC_AUTHORITY');
  if (!/^\d{6}$/.test(code.slice(2, 8))) return fail('USCC_REGION');

  const warnings: string[] = [];
  if (!categories.includes(category)) warnings.push('USCC_CATEGORY');
  if (usccCheckChar(code) !== code[17]) warnings.push('USCC_CHECKSUM');
  return ok({ code, authority, category, regionCode: code.slice(2, 8), orgCode: code.slice(8, 17) }, warnings);
}

export interface UsccSeed {
  readonly authority?: string;
  readonly category?: string;
  readonly region?: string;
  /** 0–99,999,999: becomes the first eight characters of the organisation code. */
  readonly serial?: number;
}

/** A valid code (both check characters right) from its parts, for seed data and tests. */
export function generateUscc({ authority = '9', category = '1', region = '440300', serial = 1 }: UsccSeed = {}) {
  if (!USCC_AUTHORITIES[authority]?.includes(category)) {
    throw new RangeError(`Unknown authority/category: ${authority}${category}`);
  }
  if (!/^\d{6}$/.test(region)) throw new RangeError(`Region must be six digits: ${region}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999) throw new RangeError(`Bad serial: ${serial}`);
  const org8 = String(serial).padStart(8, '0');
  const first17 = `${authority}${category}${region}${org8}${orgCodeCheckChar(org8)}`;
  return first17 + usccCheckChar(first17);
}
