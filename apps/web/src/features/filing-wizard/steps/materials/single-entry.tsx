// An entry with one slot: the hand-held certificate photo, or a pre-approval document for one content category.
import type { MaterialItem } from '@beian/contracts';
import { EntryFrame } from './entry-frame.tsx';
import { entryAnchor, entryProvided } from './material-groups.ts';
import { slotLabel } from './material-labels.ts';
import { MaterialNotes } from './material-notes.tsx';
import { MaterialSlot } from './material-slot.tsx';

type Props = { filingId: string; item: MaterialItem; editable: boolean };

export function SingleEntry({ filingId, item, editable }: Props) {
  const name = slotLabel(item);
  return (
    <EntryFrame
      anchor={entryAnchor(item)}
      title={name}
      provided={entryProvided({ type: 'single', anchor: '', item })}
      required={item.required}
    >
      <MaterialNotes reason={item.reason} instructions={item.instructions} limits={item} />
      <div className="slot-row">
        <MaterialSlot filingId={filingId} item={item} editable={editable} hideLabel />
      </div>
    </EntryFrame>
  );
}
