// The review page's own picture of a filing, whatever shape the API sends it in: sections of labelled values (each
// with the field path a rejection reason can point at), the registry comparisons, and the materials.
import type { CheckResult } from '@beian/contracts';
import type { MaterialKind } from '@beian/domain';
import type { ViewedMaterial } from './components/material-viewer.tsx';
import type { ComparedLine } from './record-diff.ts';

/** A place a rejection reason can point at: `subject.mailingAddress`, `websites.0.name`, `materials.VERIFICATION_SHEET`. */
export type FieldOption = { path: string; label: string };

/** A row without a path (the verify step's locked answers) is shown but cannot be named by a reason. */
export type FieldRow = { path?: string; label: string; value: string | null; checks?: CheckResult[] };
export type FieldSection = { key: string; title: string; rows: FieldRow[] };
/** `facts` are what the record says that has nothing to compare against (registrar, dates, real-name status). */
export type Comparison = {
  key: string;
  title: string;
  source: string;
  lines: ComparedLine[];
  facts: { label: string; value: string }[];
  missing?: string;
};
export type ReviewMaterial = ViewedMaterial & { kind: MaterialKind; path: string };

export type FilingView = {
  id: string;
  orderNo: string;
  version: number;
  /** INITIAL_REVIEW or SECOND_REVIEW while a review runs: which review the page decides. */
  status: string;
  /** The province's requirements for the verification sheet (SIGNATURE, FINGERPRINT, HANDWRITTEN_PLEDGE …). */
  sheetRequirements: string[];
  sections: FieldSection[];
  comparisons: Comparison[];
  materials: ReviewMaterial[];
};

/** Every field and material of the filing, for the rejection's field picker. */
export function fieldOptions(view: FilingView): FieldOption[] {
  const fields = view.sections.flatMap((section) =>
    section.rows.flatMap((row) => (row.path ? [{ path: row.path, label: `${section.title} · ${row.label}` }] : [])),
  );
  const materials = view.materials.map((material) => ({ path: material.path, label: material.label }));
  // A path offered twice (a website named in two places) is listed once.
  const seen = new Set<string>();
  return [...fields, ...materials].filter((option) => !seen.has(option.path) && seen.add(option.path));
}
