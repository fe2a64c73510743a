// Material rows as the contract's views: one upload, and the required list with each slot's upload.
import type { Material, MaterialItem, MaterialList } from '@beian/contracts';
import {
  isMaterialProvided,
  MATERIAL_CONTENT_TYPES,
  MATERIAL_KIND_SPECS,
  type MaterialContentType,
  missingMaterials,
  PRE_APPROVAL_CATEGORIES,
  type PreApprovalCategory,
  type RequiredMaterial,
} from '@beian/domain';
import type { Material as MaterialRow } from '../../generated/prisma/client.ts';
import { slotKey, slotOf } from './material-slots.ts';

const oneOf = <T extends string>(list: readonly T[], value: string, what: string): T => {
  if ((list as readonly string[]).includes(value)) return value as T;
  throw new Error(`Stored material has an unknown ${what}: ${value}`);
};

const categoryOf = (row: MaterialRow): PreApprovalCategory | null =>
  row.category === null ? null : oneOf(PRE_APPROVAL_CATEGORIES, row.category, 'category');

export const toMaterial = (row: MaterialRow): Material => ({
  id: row.id,
  kind: row.kind,
  websiteFilingNo: row.websiteFilingNo,
  category: categoryOf(row),
  contentType: oneOf<MaterialContentType>(MATERIAL_CONTENT_TYPES, row.contentType, 'content type'),
  bytes: row.bytes,
  width: row.width,
  height: row.height,
  sha256: row.sha256,
  uploadedAt: row.uploadedAt.toISOString(),
});

/** What the domain's completeness rules read from the stored rows. */
export const uploadedOf = (rows: readonly MaterialRow[]) =>
  rows.map((row) => ({ kind: row.kind, websiteFilingNo: row.websiteFilingNo, category: categoryOf(row) }));

export function toMaterialList(required: readonly RequiredMaterial[], rows: readonly MaterialRow[]): MaterialList {
  const uploaded = uploadedOf(rows);
  const items = required.map((item): MaterialItem => {
    const spec = MATERIAL_KIND_SPECS[item.kind];
    const row = rows.find((r) => r.slot === slotKey(slotOf(item)));
    return {
      kind: item.kind,
      websiteFilingNo: item.websiteFilingNo,
      category: item.category ?? null,
      required: item.required,
      alternatives: [...(item.alternatives ?? [])],
      reason: item.reason,
      instructions: [...item.instructions],
      pledgeText: item.pledgeText ?? null,
      accepts: [...spec.accepts],
      maxBytes: spec.maxBytes,
      provided: isMaterialProvided(item, uploaded),
      material: row ? toMaterial(row) : null,
    };
  });
  return { items, missing: missingMaterials(required, uploaded).length };
}
