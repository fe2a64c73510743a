// A card uploaded as front and back, or as one image with both sides: the two ways side by side, so the applicant
// sees that either is enough.
import { useTranslation } from 'react-i18next';
import { EntryFrame } from './entry-frame.tsx';
import { isMaterialInstruction } from './material-codes.ts';
import { entryProvided, entryRequired, type MaterialEntry } from './material-groups.ts';
import { MaterialNotes } from './material-notes.tsx';
import { MaterialSlot } from './material-slot.tsx';

type Props = { filingId: string; entry: Extract<MaterialEntry, { type: 'twoSided' }>; editable: boolean };

export function TwoSidedEntry({ filingId, entry, editable }: Props) {
  const { t } = useTranslation();
  const { front, back, combined } = entry;
  const main = front ?? back ?? combined;
  if (!main) return null;
  const shared = [...(front?.instructions ?? []), ...(back?.instructions ?? [])];
  const common = shared.length > 0 ? [...new Set(shared)] : main.instructions;
  // What only the combined image asks ("a one-sided document goes here") is said under that slot.
  const combinedOnly = (combined?.instructions ?? [])
    .filter(isMaterialInstruction)
    .filter((code) => !common.includes(code) && code !== 'BOTH_SIDES_IN_ONE_IMAGE');
  const sides = front && back;
  return (
    <EntryFrame
      anchor={entry.anchor}
      title={t(`materials.documents.${entry.document}`)}
      provided={entryProvided(entry)}
      required={entryRequired(entry)}
    >
      <MaterialNotes reason={main.reason} instructions={common} limits={main} />
      {sides && combined ? <p className="material-entry__alternatives">{t('materials.alternatives')}</p> : null}
      <div className="slot-row">
        {front ? (
          <MaterialSlot filingId={filingId} item={front} editable={editable} label={t('materials.sides.FRONT')} />
        ) : null}
        {back ? (
          <MaterialSlot filingId={filingId} item={back} editable={editable} label={t('materials.sides.BACK')} />
        ) : null}
        {combined ? (
          <div className="slot-row__alternative">
            <MaterialSlot
              filingId={filingId}
              item={combined}
              editable={editable}
              label={sides ? t('materials.sides.COMBINED_ALT') : t('materials.sides.COMBINED')}
            />
            {combinedOnly.map((code) => (
              <p key={code} className="slot-row__hint">
                {t(`materials.instructions.${code}`)}
              </p>
            ))}
          </div>
        ) : null}
      </div>
    </EntryFrame>
  );
}
