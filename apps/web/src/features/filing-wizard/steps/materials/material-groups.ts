// Arranges the required-materials list for the page: by whose it is (subject, subject principal, each website, the
// sheet, approvals), with a card's front, back and combined image kept together as one document with alternatives.
import type { FilingDetail, MaterialItem } from '@beian/contracts';
import { TWO_SIDED_DOCUMENTS, type TwoSidedDocument } from '@beian/domain';

export type GroupType = 'subject' | 'subjectPrincipal' | 'website' | 'sheet' | 'preApproval' | 'other';

/** One thing to upload: a single slot, or a two-sided document (front and back, or one combined image). */
export type MaterialEntry =
  | { type: 'single'; anchor: string; item: MaterialItem }
  | {
      type: 'twoSided';
      anchor: string;
      document: TwoSidedDocument;
      websiteFilingNo: string | null;
      front?: MaterialItem;
      back?: MaterialItem;
      combined?: MaterialItem;
    };

export type MaterialGroup = {
  type: GroupType;
  /** For website groups: the website's number in the order (1-based), its filing number and name. */
  website?: { index: number; websiteFilingNo: string; name: string };
  entries: MaterialEntry[];
};

const SIDES = ['FRONT', 'BACK', 'COMBINED'] as const;
type Side = (typeof SIDES)[number];

/** The two-sided document and side of a kind such as SUBJECT_CERT_BACK, or nothing for other kinds. */
export function splitTwoSided(kind: string): { document: TwoSidedDocument; side: Side } | undefined {
  for (const document of TWO_SIDED_DOCUMENTS) {
    const side = SIDES.find((s) => kind === `${document}_${s}`);
    if (side) return { document, side };
  }
  return undefined;
}

/**
 * The page anchor of the entry holding a slot; the review page and the submission's missing list link to it.
 * Two-sided documents share one anchor, so `materials.SUBJECT_CERT_BACK` lands on the whole document.
 */
export function entryAnchor(slot: { kind: string; websiteFilingNo?: string | null; category?: string | null }) {
  const base = splitTwoSided(slot.kind)?.document ?? slot.kind;
  return ['material', base, slot.websiteFilingNo, slot.category].filter(Boolean).join('-');
}

function groupTypeOf(item: MaterialItem): GroupType {
  if (item.kind === 'VERIFICATION_SHEET') return 'sheet';
  if (item.kind === 'PRE_APPROVAL') return 'preApproval';
  if (item.kind.startsWith('SUBJECT_CERT_')) return 'subject';
  if (item.kind.startsWith('SUBJECT_PRINCIPAL_ID_')) return 'subjectPrincipal';
  if (item.kind.startsWith('WEBSITE_PRINCIPAL_ID_')) return item.websiteFilingNo ? 'website' : 'other';
  // A hand-held photo names a website only when that website has its own principal.
  if (item.kind === 'HANDHELD_CERT_PHOTO') return item.websiteFilingNo ? 'website' : 'subjectPrincipal';
  return 'other';
}

const ORDER: readonly GroupType[] = ['subject', 'subjectPrincipal', 'website', 'sheet', 'preApproval', 'other'];

function addEntry(entries: MaterialEntry[], item: MaterialItem): void {
  const split = splitTwoSided(item.kind);
  if (!split) {
    entries.push({ type: 'single', anchor: entryAnchor(item), item });
    return;
  }
  const anchor = entryAnchor(item);
  let entry = entries.find((e) => e.type === 'twoSided' && e.anchor === anchor);
  if (!entry) {
    entry = { type: 'twoSided', anchor, document: split.document, websiteFilingNo: item.websiteFilingNo };
    entries.push(entry);
  }
  if (entry.type !== 'twoSided') return;
  if (split.side === 'FRONT') entry.front = item;
  else if (split.side === 'BACK') entry.back = item;
  else entry.combined = item;
}

/** Groups in page order; website groups follow the order of the filing's websites, then any the filing lacks. */
export function groupMaterials(items: readonly MaterialItem[], websites: FilingDetail['websites']): MaterialGroup[] {
  const groups = new Map<string, MaterialGroup>();
  const websiteOrder = websites.map((w) => w.websiteFilingNo);
  for (const item of items) {
    const type = groupTypeOf(item);
    const key = type === 'website' ? `website:${item.websiteFilingNo}` : type;
    let group = groups.get(key);
    if (!group) {
      group = { type, entries: [] };
      if (type === 'website' && item.websiteFilingNo) {
        const known = websiteOrder.indexOf(item.websiteFilingNo);
        const index = known >= 0 ? known + 1 : websiteOrder.length + groups.size + 1;
        const name = websites.find((w) => w.websiteFilingNo === item.websiteFilingNo)?.name ?? item.websiteFilingNo;
        group.website = { index, websiteFilingNo: item.websiteFilingNo, name };
      }
      groups.set(key, group);
    }
    addEntry(group.entries, item);
  }
  return [...groups.values()].sort(
    (a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || (a.website?.index ?? 0) - (b.website?.index ?? 0),
  );
}

/** The entry's required slots are all provided (a document: front and back, or the combined image). */
export function entryProvided(entry: MaterialEntry): boolean {
  if (entry.type === 'single') return entry.item.provided || !entry.item.required;
  const sides = [entry.front, entry.back, entry.combined].filter((i): i is MaterialItem => i !== undefined);
  return sides.filter((i) => i.required).every((i) => i.provided);
}

export function entryRequired(entry: MaterialEntry): boolean {
  if (entry.type === 'single') return entry.item.required;
  return [entry.front, entry.back, entry.combined].some((i) => i?.required);
}
