// A material's slot: the one line of the required list an upload fills (kind, website, approval category), and the
// non-null key the database's unique index is built on (NULLs in a unique index never collide in PostgreSQL).
import type { MaterialKind, PreApprovalCategory, RequiredMaterial } from '@beian/domain';
import { AppError } from '../../lib/app-error.ts';

export type MaterialSlot = {
  kind: MaterialKind;
  websiteFilingNo: string | null;
  category: PreApprovalCategory | null;
};

export const slotKey = (slot: MaterialSlot): string =>
  [slot.kind, slot.websiteFilingNo ?? '', slot.category ?? ''].join('|');

export const slotOf = (item: RequiredMaterial): MaterialSlot => ({
  kind: item.kind,
  websiteFilingNo: item.websiteFilingNo,
  category: item.category ?? null,
});

/** `materials.<KIND>` for the filing, `materials.<KIND>.<websiteFilingNo>[.<CATEGORY>]` for a website's. */
export const slotPath = (slot: MaterialSlot): string =>
  ['materials', slot.kind, slot.websiteFilingNo, slot.category].filter((part) => part !== null).join('.');

/** The slot as listed for this filing, or 400 MATERIAL_SLOT_INVALID naming what the list holds instead. */
export function assertOnList(slot: MaterialSlot, required: readonly RequiredMaterial[]): void {
  const key = slotKey(slot);
  if (required.some((item) => slotKey(slotOf(item)) === key)) return;
  const sameKind = required.filter((item) => item.kind === slot.kind).map((item) => slotPath(slotOf(item)));
  const hint =
    sameKind.length > 0
      ? ` For this kind the list has: ${sameKind.join(', ')}.`
      : ' This filing does not ask for this kind of material.';
  throw new AppError(
    'MATERIAL_SLOT_INVALID',
    400,
    `${slotPath(slot)} is not on this filing's list of materials.${hint}`,
    { errors: [{ path: 'kind', message: `${slotPath(slot)} is not on the list of materials.` }] },
  );
}
