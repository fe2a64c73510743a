// Contract-shaped answers of the materials API for tests: the required list computed by the domain's own rules
// (so the page is tested against the list the server will send), with uploads filled in where a test says so.
import type { Material, MaterialItem, MaterialList, SubmitResponse } from '@beian/contracts';
import { MATERIAL_KIND_SPECS, type MaterialKind, type RequiredMaterialsInput, requiredMaterials } from '@beian/domain';
import { FILING_ID } from './filing-fixtures.ts';

let sequence = 0;

export function material(kind: MaterialKind, overrides: Partial<Material> = {}): Material {
  sequence += 1;
  return {
    id: `7d4c2a10-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    kind,
    websiteFilingNo: null,
    category: null,
    contentType: 'image/jpeg',
    bytes: 1_234_567,
    width: 1600,
    height: 1000,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-11-30T03:04:05.000Z',
    ...overrides,
  };
}

type Uploads = Partial<Record<string, Material>>;
const slotKey = (kind: string, websiteFilingNo: string | null, category?: string | null) =>
  [kind, websiteFilingNo ?? '', category ?? ''].join('|');

/** The list for `input`; `uploads` fills slots by "KIND|websiteFilingNo|category" (see `slot`). */
export function materialList(input: RequiredMaterialsInput, uploads: Uploads = {}): MaterialList {
  const required = requiredMaterials(input);
  const has = (kind: string, site: string | null, category?: string | null) =>
    uploads[slotKey(kind, site, category)] !== undefined;
  const items: MaterialItem[] = required.map((m) => {
    const own = uploads[slotKey(m.kind, m.websiteFilingNo, m.category)] ?? null;
    const alternatives = m.alternatives ?? [];
    const provided =
      own !== null || (alternatives.length > 0 && alternatives.every((alt) => has(alt, m.websiteFilingNo, m.category)));
    return {
      kind: m.kind,
      websiteFilingNo: m.websiteFilingNo,
      category: m.category ?? null,
      required: m.required,
      alternatives: [...alternatives],
      reason: m.reason,
      instructions: [...m.instructions],
      pledgeText: m.pledgeText ?? null,
      accepts: [...MATERIAL_KIND_SPECS[m.kind].accepts],
      maxBytes: MATERIAL_KIND_SPECS[m.kind].maxBytes,
      provided,
      material: own,
    };
  });
  return { items, missing: items.filter((i) => i.required && !i.provided).length };
}

export const slot = slotKey;

/** A Guangdong person (the pledge applies) with one website. */
export const PERSONAL_GD: RequiredMaterialsInput = {
  nature: 'PERSONAL',
  provinceCode: '44',
  websites: [{ websiteFilingNo: '粤ICP备2021034567号-1', contentTypes: [], principalSameAsSubject: true }],
};

/** A Shanghai company whose second website has its own principal and news content. */
export const ENTERPRISE_SH: RequiredMaterialsInput = {
  nature: 'ENTERPRISE',
  provinceCode: '31',
  websites: [
    { websiteFilingNo: '沪ICP备2015012345号-1', contentTypes: [], principalSameAsSubject: true },
    { websiteFilingNo: '沪ICP备2015012345号-2', contentTypes: ['NEWS'], principalSameAsSubject: false },
  ],
};

export function submitResponse(overrides: Partial<SubmitResponse> = {}): SubmitResponse {
  return {
    id: FILING_ID,
    orderNo: 'BA2026112900007',
    status: 'INITIAL_REVIEW',
    version: 9,
    submittedAt: '2026-11-30T08:00:00.000Z',
    // Midnight in Beijing at the start of 2 December: the end of 1 December.
    initialReviewDueAt: '2026-12-01T16:00:00.000Z',
    ...overrides,
  };
}
