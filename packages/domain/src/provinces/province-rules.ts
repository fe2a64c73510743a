// Per-province filing rules as data (verification sheet, Shanghai app check, bureau SLA). PROVINCE_RULES is the shipped
// data, version 1 of the rules admins publish new versions of (the API keeps them; a filing follows the version it
// was created under, docs/decisions/027).
import { isOrganisation, type SubjectNature } from '../glossary.ts';
import { PROVINCES } from './provinces.ts';

// Verbatim: the applicant must copy this exact paragraph by hand, so it cannot be paraphrased.
export const GUANGDONG_PLEDGE_TEXT =
  '本人已履行网站备案信息当面核验手续，承认网站备案信息和核验记录真实有效，承诺本网站是个人网站，未含企业、单位等非个人网站的信息，承诺网站备案信息一旦发生变更，将及时进行更新，填报虚假备案信息、未履行备案变更手续、超出备案项目提供服务的，愿承担关闭网站并注销备案（列黑名单）等相应处理。';

export interface HandwrittenPledge {
  readonly text: string;
  /** The Guangdong text speaks of a personal website, so it applies to personal filers only. */
  readonly appliesTo: readonly SubjectNature[];
}

export interface VerificationSheetRule {
  /** A fingerprint beside the website principal's signature. */
  readonly fingerprint: boolean;
  readonly handwrittenPledge: HandwrittenPledge | null;
}

export interface ProvinceRules {
  readonly provinceCode: string;
  readonly verificationSheet: VerificationSheetRule;
  /** The bureau's own app may replace the photo (hand-held ID taken in the province). */
  readonly appCheckEligible: boolean;
  readonly bureauReviewWorkingDays: number;
}

export interface ProvinceRulesPatch {
  readonly verificationSheet?: Partial<VerificationSheetRule>;
  readonly appCheckEligible?: boolean;
  readonly bureauReviewWorkingDays?: number;
}

export const DEFAULT_BUREAU_REVIEW_WORKING_DAYS = 20;

const SPECIFIC: Record<string, ProvinceRulesPatch> = {
  '31': { appCheckEligible: true },
  '33': { bureauReviewWorkingDays: 30 },
  '36': { verificationSheet: { fingerprint: true } },
  '44': { verificationSheet: { handwrittenPledge: { text: GUANGDONG_PLEDGE_TEXT, appliesTo: ['PERSONAL'] } } },
  '65': { verificationSheet: { fingerprint: true } },
};

function applyPatch(base: ProvinceRules, patch: ProvinceRulesPatch | undefined): ProvinceRules {
  if (!patch) return base;
  return {
    provinceCode: base.provinceCode,
    verificationSheet: { ...base.verificationSheet, ...patch.verificationSheet },
    appCheckEligible: patch.appCheckEligible ?? base.appCheckEligible,
    bureauReviewWorkingDays: patch.bureauReviewWorkingDays ?? base.bureauReviewWorkingDays,
  };
}

const defaults = (provinceCode: string): ProvinceRules => ({
  provinceCode,
  verificationSheet: { fingerprint: false, handwrittenPledge: null },
  appCheckEligible: false,
  bureauReviewWorkingDays: DEFAULT_BUREAU_REVIEW_WORKING_DAYS,
});

export const PROVINCE_RULES: Readonly<Record<string, ProvinceRules>> = Object.fromEntries(
  PROVINCES.map(({ code }) => [code, applyPatch(defaults(code), SPECIFIC[code])]),
);

/** The shipped rules of a province with the admin's patch on top; undefined for an unknown province code. */
export function provinceRules(code: string, patch?: ProvinceRulesPatch): ProvinceRules | undefined {
  const base = PROVINCE_RULES[code];
  return base && applyPatch(base, patch);
}

export const SHEET_REQUIREMENTS = ['SIGNATURE', 'FINGERPRINT', 'HANDWRITTEN_PLEDGE', 'SEAL', 'DATE_BLANK'] as const;
export type SheetRequirement = (typeof SHEET_REQUIREMENTS)[number];

/** What the printed verification sheet needs before it is scanned, for the PDF instructions and the reviewer checklist. */
export function verificationSheetRequirements(rules: ProvinceRules, nature: SubjectNature): SheetRequirement[] {
  const { fingerprint, handwrittenPledge } = rules.verificationSheet;
  const needs: SheetRequirement[] = ['SIGNATURE'];
  if (fingerprint) needs.push('FINGERPRINT');
  if (handwrittenPledge?.appliesTo.includes(nature)) needs.push('HANDWRITTEN_PLEDGE');
  // The date is left blank on an organisation's sheet: the provider dates it on submission.
  if (isOrganisation(nature)) needs.push('SEAL', 'DATE_BLANK');
  return needs;
}
