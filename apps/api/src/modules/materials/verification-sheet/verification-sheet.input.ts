// The verification sheet's input from a filing: the order number, the subject as the MIIT registry holds it, the
// principal from the subject step, the websites with their own principals, and the province's rules as of the version
// the filing was created under.
import { AppError } from '../../../lib/app-error.ts';
import type { MaterialContext } from '../material-context.ts';
import type { VerificationSheetInput } from './verification-sheet.types.ts';

const incomplete = (detail: string, path: string) =>
  new AppError('INFO_INCOMPLETE', 400, detail, { errors: [{ path, message: detail }] });

export function sheetInputOf({ row, detail, registry, rules }: MaterialContext, now: Date): VerificationSheetInput {
  if (!registry || row.subjectFilingNo === null) {
    throw incomplete(`The subject of filing ${row.orderNo} is not in the MIIT registry.`, 'subjectFilingNo');
  }
  const principal = detail.subject.principal;
  if (!principal.name) {
    throw incomplete(
      "Enter the subject principal's name on the subject step before printing the sheet.",
      'subject.principal.name',
    );
  }
  if (!principal.certNumberMasked) {
    throw incomplete(
      "Enter the subject principal's certificate number on the subject step before printing the sheet.",
      'subject.principal.certNumber',
    );
  }
  return {
    orderNo: row.orderNo,
    generatedAt: now,
    provinceCode: row.province,
    subject: {
      nature: row.nature,
      name: registry.name,
      certNumberMasked: row.certMasked,
      filingNo: row.subjectFilingNo,
    },
    principal: { name: principal.name, certNumberMasked: principal.certNumberMasked },
    websites: detail.websites.map((w) => {
      const own = w.principal && !w.principal.sameAsSubject ? w.principal.name : null;
      return { name: w.name, filingNo: w.websiteFilingNo, domains: w.domains, ...(own ? { principalName: own } : {}) };
    }),
    rules,
  };
}
