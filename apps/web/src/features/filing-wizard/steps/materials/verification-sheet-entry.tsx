// The verification sheet: download the pre-filled PDF, sign it as the province asks (the pledge to copy is shown
// in full where one is required), then upload the signed scan into the sheet's slot.
import type { MaterialItem } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { DownloadSheetButton } from './download-sheet-button.tsx';
import { EntryFrame } from './entry-frame.tsx';
import { entryAnchor } from './material-groups.ts';
import { slotLabel } from './material-labels.ts';
import { MaterialNotes } from './material-notes.tsx';
import { MaterialSlot } from './material-slot.tsx';

type Props = { filingId: string; item: MaterialItem; editable: boolean };

export function VerificationSheetEntry({ filingId, item, editable }: Props) {
  const { t } = useTranslation();
  return (
    <EntryFrame anchor={entryAnchor(item)} title={slotLabel(item)} provided={item.provided} required={item.required}>
      <div className="sheet-steps">
        <div className="sheet-steps__download">
          <DownloadSheetButton filingId={filingId} />
          <p className="muted">{t('materials.sheet.downloadHint')}</p>
        </div>
        <div className="sheet-steps__signing">
          <h4 className="sheet-steps__title">{t('materials.sheet.signing')}</h4>
          <MaterialNotes reason={item.reason} instructions={item.instructions} limits={item} />
          {item.pledgeText ? (
            <figure className="pledge">
              <figcaption className="pledge__caption">{t('materials.sheet.pledge')}</figcaption>
              <blockquote className="pledge__text" lang="zh-CN">
                {item.pledgeText}
              </blockquote>
            </figure>
          ) : null}
        </div>
      </div>
      <div className="slot-row">
        <MaterialSlot filingId={filingId} item={item} editable={editable} label={t('materials.sheet.upload')} />
      </div>
    </EntryFrame>
  );
}
