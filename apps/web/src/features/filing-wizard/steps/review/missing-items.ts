// Turns a refused submission's errors[] (paths like "materials.VERIFICATION_SHEET" or "subject.mailingAddress")
// into what the applicant must still do, each with a link to the step, or the material's entry, that does it.
import type { FieldError, MaterialItem } from '@beian/contracts';
import { isMaterialKind, type MaterialKind, PRE_APPROVAL_CATEGORIES, type PreApprovalCategory } from '@beian/domain';
import { entryAnchor } from '../materials/material-groups.ts';

export type MissingItem =
  | {
      type: 'material';
      key: string;
      kind: MaterialKind;
      category: PreApprovalCategory | null;
      message: string;
      to: string;
    }
  | {
      type: 'step';
      key: string;
      step: 'subject' | 'websites' | 'verify' | 'other';
      /** The path without the body prefix: the page words the ones it knows itself. */
      path: string;
      message: string;
      to?: string;
    };

const STEP_PATHS = { subject: 'subject', websites: 'websites', verify: 'verify' } as const;

function materialItem(segments: string[], message: string, filingId: string, items: readonly MaterialItem[]) {
  const [kind, ...rest] = segments;
  if (!kind || !isMaterialKind(kind)) return undefined;
  const category =
    rest.find((s): s is PreApprovalCategory => (PRE_APPROVAL_CATEGORIES as readonly string[]).includes(s)) ?? null;
  const website = rest.filter((s) => s !== category).join('.') || null;
  // The list knows the slot exactly (its website, its category) when the path names only the kind.
  const listed =
    items.find(
      (i) =>
        i.kind === kind &&
        !i.provided &&
        (website === null || i.websiteFilingNo === website) &&
        (category === null || i.category === category),
    ) ?? items.find((i) => i.kind === kind);
  const slot = listed ?? { kind, websiteFilingNo: website, category };
  const anchor = entryAnchor(slot);
  return {
    type: 'material' as const,
    key: `material:${anchor}:${slot.kind}`,
    kind,
    category: slot.category ?? null,
    message,
    to: `/console/filings/${filingId}/materials#${encodeURIComponent(anchor)}`,
  };
}

export function missingItems(
  errors: readonly FieldError[],
  filingId: string,
  items: readonly MaterialItem[] = [],
): MissingItem[] {
  const found = new Map<string, MissingItem>();
  for (const error of errors) {
    const path = error.path.replace(/^body\./, '');
    const [head = '', ...rest] = path.split('.');
    let item: MissingItem | undefined;
    if (head === 'materials') item = materialItem(rest, error.message, filingId, items);
    else if (head === 'subject' || head === 'websites') {
      item = {
        type: 'step',
        key: `${head}:${error.message}`,
        step: head,
        path,
        message: error.message,
        to: `/console/filings/${filingId}/${STEP_PATHS[head]}`,
      };
    } else if (head === 'verify') {
      item = { type: 'step', key: `verify:${error.message}`, step: 'verify', path, message: error.message };
    }
    item ??= { type: 'step', key: `other:${path}:${error.message}`, step: 'other', path, message: error.message };
    if (!found.has(item.key)) found.set(item.key, item);
  }
  return [...found.values()];
}
