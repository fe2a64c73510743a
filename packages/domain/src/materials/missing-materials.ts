// Which required materials are still missing, for the materials page's progress and the submission guard.
import type { MaterialKind } from './material-kinds.ts';
import type { PreApprovalCategory } from './pre-approval.ts';
import type { RequiredMaterial } from './required-materials.ts';

export interface UploadedMaterial {
  readonly kind: MaterialKind;
  readonly websiteFilingNo: string | null;
  readonly category?: PreApprovalCategory | null;
}

const matches = (u: UploadedMaterial, kind: MaterialKind, item: RequiredMaterial): boolean =>
  u.kind === kind && u.websiteFilingNo === item.websiteFilingNo && (u.category ?? undefined) === item.category;

/** An item is done when its own kind is uploaded, or every one of its alternatives is. */
export function isMaterialProvided(item: RequiredMaterial, uploaded: readonly UploadedMaterial[]): boolean {
  const has = (kind: MaterialKind) => uploaded.some((u) => matches(u, kind, item));
  if (has(item.kind)) return true;
  return item.alternatives !== undefined && item.alternatives.length > 0 && item.alternatives.every(has);
}

/** The required items not yet provided, in the list's order; optional items never block submission. */
export const missingMaterials = (
  list: readonly RequiredMaterial[],
  uploaded: readonly UploadedMaterial[],
): RequiredMaterial[] => list.filter((item) => item.required && !isMaterialProvided(item, uploaded));
