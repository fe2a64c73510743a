// The materials list of the upload step, computed from the subject's nature, the province's rules and the websites.
import { isOrganisation, type SubjectNature } from '../glossary.ts';
import { type ProvinceRules, provinceRules, verificationSheetRequirements } from '../provinces/province-rules.ts';
import { type MaterialInstruction, type MaterialReason, SHEET_INSTRUCTIONS } from './material-codes.ts';
import type { MaterialKind, TwoSidedDocument } from './material-kinds.ts';
import { type PreApprovalCategory, preApprovalCategories, preApprovalCategoriesFor } from './pre-approval.ts';

export interface MaterialWebsite {
  readonly websiteFilingNo: string;
  /** The website's content types; those in PRE_APPROVAL_CATEGORIES need an approval document. */
  readonly contentTypes: readonly string[];
  readonly principalSameAsSubject: boolean;
}

export interface RequiredMaterialsInput {
  readonly nature: SubjectNature;
  readonly provinceCode: string;
  readonly websites: readonly MaterialWebsite[];
  /** The province's rules with the admin's patch applied; the shipped rules when left out. */
  readonly rules?: ProvinceRules;
}

export interface RequiredMaterial {
  readonly kind: MaterialKind;
  readonly websiteFilingNo: string | null;
  /** Only PRE_APPROVAL items name a category: a website may need several approval documents. */
  readonly category?: PreApprovalCategory;
  readonly required: boolean;
  /** Kinds that, all uploaded (for the same website), stand in for this one: front and back, or one combined image. */
  readonly alternatives?: readonly MaterialKind[];
  readonly reason: MaterialReason;
  readonly instructions: readonly MaterialInstruction[];
  /** The paragraph to copy by hand under the signature, when the province asks for one. */
  readonly pledgeText?: string;
}

const PHOTO: readonly MaterialInstruction[] = ['COLOUR_ORIGINAL', 'ALL_CORNERS_LEGIBLE'];

// A card has two sides; a one-sided document (a business licence, a passport's photo page) goes in the combined slot.
function twoSided(
  prefix: TwoSidedDocument,
  websiteFilingNo: string | null,
  reason: MaterialReason,
): RequiredMaterial[] {
  const [front, back, combined] = [`${prefix}_FRONT`, `${prefix}_BACK`, `${prefix}_COMBINED`] as const;
  return [
    { kind: front, websiteFilingNo, required: true, alternatives: [combined], reason, instructions: PHOTO },
    { kind: back, websiteFilingNo, required: true, alternatives: [combined], reason, instructions: PHOTO },
    {
      kind: combined,
      websiteFilingNo,
      required: false,
      alternatives: [front, back],
      reason,
      instructions: ['BOTH_SIDES_IN_ONE_IMAGE', 'ONE_SIDED_AS_COMBINED', ...PHOTO],
    },
  ];
}

function verificationSheet(rules: ProvinceRules, nature: SubjectNature): RequiredMaterial {
  const needs = verificationSheetRequirements(rules, nature);
  const instructions: MaterialInstruction[] = [
    'SHEET_PRINT_DOWNLOADED',
    ...needs.map((need) => SHEET_INSTRUCTIONS[need]),
    'SHEET_NOTHING_ELSE',
    'SHEET_SCAN_PREFERRED',
  ];
  const pledge = needs.includes('HANDWRITTEN_PLEDGE') ? rules.verificationSheet.handwrittenPledge?.text : undefined;
  const item: RequiredMaterial = {
    kind: 'VERIFICATION_SHEET',
    websiteFilingNo: null,
    required: true,
    reason: 'SIGNED_SHEET_REQUIRED',
    instructions,
  };
  return pledge === undefined ? item : { ...item, pledgeText: pledge };
}

function handheld(websiteFilingNo: string | null, organisation: boolean): RequiredMaterial {
  const hold: MaterialInstruction = organisation ? 'HOLD_SUBJECT_CERTIFICATE' : 'HOLD_OWN_ID';
  return {
    kind: 'HANDHELD_CERT_PHOTO',
    websiteFilingNo,
    required: true,
    reason: 'PRINCIPAL_HOLDS_CERTIFICATE',
    instructions: [hold, 'FACE_AND_TEXT_VISIBLE'],
  };
}

/**
 * Personal subjects upload no separate subject certificate: the person's ID is both the subject's certificate and the
 * principal's ID, and the person is every website's principal (so `principalSameAsSubject` is not read for them).
 * Organisations upload their certificate, the subject principal's ID, and an ID for every website with its own
 * principal. One hand-held photo per principal: the subject principal's (naming no website) when any website shares
 * that principal, and one per website with its own. Approval documents only for the content an organisation's website
 * carries: a personal website cannot carry content that needs one (the websites step refuses it).
 */
export function requiredMaterials(input: RequiredMaterialsInput): RequiredMaterial[] {
  const rules = input.rules ?? provinceRules(input.provinceCode);
  if (!rules) throw new RangeError(`No province has the code ${input.provinceCode}.`);
  const organisation = isOrganisation(input.nature);
  const ownPrincipal = organisation ? input.websites.filter((w) => !w.principalSameAsSubject) : [];
  const sharesSubjectPrincipal = !organisation || ownPrincipal.length < input.websites.length;

  return [
    ...(organisation ? twoSided('SUBJECT_CERT', null, 'SUBJECT_IS_ORGANISATION') : []),
    ...twoSided('SUBJECT_PRINCIPAL_ID', null, organisation ? 'PRINCIPAL_OF_ORGANISATION' : 'SUBJECT_IS_PERSON'),
    ...ownPrincipal.flatMap((w) => twoSided('WEBSITE_PRINCIPAL_ID', w.websiteFilingNo, 'WEBSITE_HAS_OWN_PRINCIPAL')),
    verificationSheet(rules, input.nature),
    ...(sharesSubjectPrincipal ? [handheld(null, organisation)] : []),
    ...ownPrincipal.map((w) => handheld(w.websiteFilingNo, organisation)),
    ...input.websites.flatMap((w) =>
      preApprovalCategories(w.contentTypes)
        .filter((category) => preApprovalCategoriesFor(input.nature).includes(category))
        .map(
          (category): RequiredMaterial => ({
            kind: 'PRE_APPROVAL',
            websiteFilingNo: w.websiteFilingNo,
            category,
            required: true,
            reason: 'CONTENT_NEEDS_APPROVAL',
            instructions: ['APPROVAL_ISSUED_TO_SUBJECT'],
          }),
        ),
    ),
  ];
}
