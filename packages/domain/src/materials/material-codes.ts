// Why each material is asked for, and what the applicant must do for it: stable codes the web app translates.
import type { SheetRequirement } from '../provinces/province-rules.ts';

export const MATERIAL_REASONS = [
  'SUBJECT_IS_ORGANISATION', // the organisation's certificate proves the subject
  'SUBJECT_IS_PERSON', // a person files with an ID: it is the subject's certificate and the principal's ID at once
  'PRINCIPAL_OF_ORGANISATION', // the person answerable for the organisation's filing
  'WEBSITE_HAS_OWN_PRINCIPAL', // a website whose principal is not the subject principal
  'SIGNED_SHEET_REQUIRED', // every filing: the printed, signed verification sheet
  'PRINCIPAL_HOLDS_CERTIFICATE', // the website principal shows the subject's certificate in person
  'CONTENT_NEEDS_APPROVAL', // the website's content needs a licence before filing (前置审批)
] as const;
export type MaterialReason = (typeof MATERIAL_REASONS)[number];

export const MATERIAL_INSTRUCTIONS = [
  'COLOUR_ORIGINAL',
  'ALL_CORNERS_LEGIBLE',
  'BOTH_SIDES_IN_ONE_IMAGE',
  'ONE_SIDED_AS_COMBINED',
  'HOLD_OWN_ID',
  'HOLD_SUBJECT_CERTIFICATE',
  'FACE_AND_TEXT_VISIBLE',
  'APPROVAL_ISSUED_TO_SUBJECT',
  'SHEET_PRINT_DOWNLOADED',
  'SHEET_SIGNATURE',
  'SHEET_FINGERPRINT',
  'SHEET_HANDWRITTEN_PLEDGE',
  'SHEET_SEAL',
  'SHEET_DATE_BLANK',
  'SHEET_NOTHING_ELSE',
  'SHEET_SCAN_PREFERRED',
] as const;
export type MaterialInstruction = (typeof MATERIAL_INSTRUCTIONS)[number];

/** The instruction the materials page shows for each thing the province asks of the printed sheet. */
export const SHEET_INSTRUCTIONS: Readonly<Record<SheetRequirement, MaterialInstruction>> = {
  SIGNATURE: 'SHEET_SIGNATURE',
  FINGERPRINT: 'SHEET_FINGERPRINT',
  HANDWRITTEN_PLEDGE: 'SHEET_HANDWRITTEN_PLEDGE',
  SEAL: 'SHEET_SEAL',
  DATE_BLANK: 'SHEET_DATE_BLANK',
};
