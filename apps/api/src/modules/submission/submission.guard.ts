// Whether a filing may be submitted, by @beian/domain's submission guard: the subject and websites steps complete
// and every required material provided. A refusal lists each missing thing in errors[] by the path the wizard
// highlights (`subject.principal.mobile`, `websites.<filing no>`, `materials.<KIND>[.<website>][.<category>]`).
import type { FieldError } from '@beian/contracts';
import { checkSubmissionComplete, isMaterialProvided, type MaterialKind, type RequiredMaterial } from '@beian/domain';
import { AppError } from '../../lib/app-error.ts';
import type { MaterialContext } from '../materials/material-context.ts';
import { slotKey, slotOf, slotPath } from '../materials/material-slots.ts';
import type { uploadedOf } from '../materials/materials.view.ts';

type Uploaded = ReturnType<typeof uploadedOf>;

const KIND_NAMES: Readonly<Record<MaterialKind, string>> = {
  SUBJECT_CERT_FRONT: "the subject certificate's front",
  SUBJECT_CERT_BACK: "the subject certificate's back",
  SUBJECT_CERT_COMBINED: 'the subject certificate',
  SUBJECT_PRINCIPAL_ID_FRONT: "the subject principal's ID (front)",
  SUBJECT_PRINCIPAL_ID_BACK: "the subject principal's ID (back)",
  SUBJECT_PRINCIPAL_ID_COMBINED: "the subject principal's ID",
  WEBSITE_PRINCIPAL_ID_FRONT: "the website principal's ID (front)",
  WEBSITE_PRINCIPAL_ID_BACK: "the website principal's ID (back)",
  WEBSITE_PRINCIPAL_ID_COMBINED: "the website principal's ID",
  VERIFICATION_SHEET: 'the signed verification sheet',
  HANDHELD_CERT_PHOTO: 'the photo of the principal holding the certificate',
  PRE_APPROVAL: 'the pre-approval document',
  CURTAIN_PHOTO: 'the verification photo',
};

const describe = (item: RequiredMaterial) =>
  [KIND_NAMES[item.kind], item.category && `(${item.category})`, item.websiteFilingNo && `for ${item.websiteFilingNo}`]
    .filter(Boolean)
    .join(' ');

function infoProblems({ detail }: MaterialContext): FieldError[] {
  const problems: FieldError[] = [];
  if (!detail.subject.passwordVerified) {
    problems.push({ path: 'subject.filingPassword', message: 'Confirm the filing password on the subject step.' });
  }
  if (!detail.subject.mobileVerified) {
    problems.push({ path: 'subject.principal.mobile', message: "Confirm the principal's mobile by SMS code." });
  }
  if (!detail.subject.complete && problems.length === 0) {
    problems.push({ path: 'subject', message: 'Fill in every field of the subject step.' });
  }
  if (detail.websites.length === 0) problems.push({ path: 'websites', message: 'Confirm at least one website.' });
  for (const w of detail.websites.filter((site) => !site.complete)) {
    problems.push({
      path: `websites.${w.websiteFilingNo}`,
      message: `Confirm ${w.websiteFilingNo} with an eligible cloud service and its principal.`,
    });
  }
  return problems;
}

const materialErrors = (missing: readonly RequiredMaterial[]): FieldError[] =>
  missing.map((item) => ({ path: slotPath(slotOf(item)), message: `Upload ${describe(item)}.` }));

export const materialsMissingError = (missing: readonly RequiredMaterial[]) =>
  new AppError('MATERIALS_MISSING', 400, `Upload these materials first: ${missing.map(describe).join('; ')}.`, {
    errors: materialErrors(missing),
  });

export function assertSubmittable(context: MaterialContext, uploaded: Uploaded): void {
  const info = infoProblems(context);
  const required = context.required.filter((item) => item.required);
  const provided = required.filter((item) => isMaterialProvided(item, uploaded));
  const result = checkSubmissionComplete({
    missingFields: info.map((p) => p.path),
    requiredMaterials: required.map((item) => slotKey(slotOf(item))),
    uploadedMaterials: provided.map((item) => slotKey(slotOf(item))),
    // The request schema admits only a ticked agreement of the current versions.
    agreementAccepted: true,
  });
  if (result.ok) return;
  const missing = required.filter((item) => !provided.includes(item));
  if (result.reason === 'SUBMISSION_INFO_INCOMPLETE') {
    const names = info.map((p) => p.path).join(', ');
    throw new AppError('INFO_INCOMPLETE', 400, `Complete these steps before submitting: ${names}.`, {
      // Everything still missing, materials too, so the applicant sees the whole list at once.
      errors: [...info, ...materialErrors(missing)],
    });
  }
  throw materialsMissingError(missing);
}
