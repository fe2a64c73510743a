// The required materials not yet provided, for the step's footer: one entry per page entry (the two sides of a
// document share one), each a link to it.
import type { MaterialItem } from '@beian/contracts';
import { i18n } from '../../../../i18n/i18n.ts';
import type { MissingField } from '../../footer/missing-field.ts';
import { entryAnchor } from './material-groups.ts';
import { slotLabel } from './material-labels.ts';

export function materialsMissing(items: readonly MaterialItem[]): MissingField[] {
  const byEntry = new Map<string, MissingField>();
  for (const item of items.filter((i) => i.required && !i.provided)) {
    const anchor = entryAnchor(item);
    if (byEntry.has(anchor)) continue;
    const label = item.websiteFilingNo
      ? i18n.t('filing.footer.onWebsite', { website: item.websiteFilingNo, item: slotLabel(item) })
      : slotLabel(item);
    byEntry.set(anchor, { key: anchor, label, field: anchor });
  }
  return [...byEntry.values()];
}
