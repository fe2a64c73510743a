// What the verification sheet prints: the filing's order number, subject, principal and websites, and the rules of
// the province it is filed in. Certificate numbers arrive masked; the sheet never prints a full one.
import type { ProvinceRules, SubjectNature } from '@beian/domain';

export interface SheetWebsite {
  readonly name: string;
  readonly filingNo: string;
  readonly domains: readonly string[];
  /** The website principal's name; the subject principal's when left out. */
  readonly principalName?: string;
}

export interface VerificationSheetInput {
  readonly orderNo: string;
  /** Printed on the Shanghai wall clock. */
  readonly generatedAt: Date;
  readonly provinceCode: string;
  readonly subject: {
    readonly nature: SubjectNature;
    readonly name: string;
    readonly certNumberMasked: string;
    readonly filingNo: string;
  };
  readonly principal: { readonly name: string; readonly certNumberMasked: string };
  readonly websites: readonly SheetWebsite[];
  /** The province's rules as of the rule-set version the filing was created under. */
  readonly rules: ProvinceRules;
}

// A masked number keeps a few characters and stars the rest; one without a star would put a full certificate
// number on paper that the applicant scans and sends around, so it is refused rather than printed.
export function assertMasked(input: VerificationSheetInput): void {
  for (const value of [input.subject.certNumberMasked, input.principal.certNumberMasked]) {
    if (!value.includes('*')) throw new RangeError('The verification sheet takes masked certificate numbers only.');
  }
}
