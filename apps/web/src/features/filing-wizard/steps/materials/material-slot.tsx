// One upload slot: drop a file on it or pick one with its (real, labelled) file input; shows the file, its state and
// progress, and offers replace and delete. Read-only once the filing cannot be edited.
import type { MaterialItem } from '@beian/contracts';
import { type DragEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button.tsx';
import { DeleteMaterial } from './delete-material.tsx';
import { acceptAttribute, slotLabel } from './material-labels.ts';
import { MaterialThumbnail } from './material-preview.tsx';
import { SlotError, SlotStatus } from './slot-status.tsx';
import { useSlotUpload } from './use-slot-upload.ts';

type Props = {
  filingId: string;
  item: MaterialItem;
  editable: boolean;
  /** The slot's heading where the entry already names the document ("正面"); the full name otherwise. */
  label?: string;
  /** The entry's title already says the slot's name: the legend is kept for screen readers only. */
  hideLabel?: boolean;
};

export function MaterialSlot({ filingId, item, editable, label, hideLabel = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const name = slotLabel(item);
  const upload = useSlotUpload(filingId, item);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const material = item.material;

  const accept = (event: DragEvent) => {
    if (!editable || upload.busy || !event.dataTransfer.types.includes('Files')) return false;
    event.preventDefault();
    return true;
  };
  const onDrop = (event: DragEvent) => {
    setDragging(false);
    if (!accept(event)) return;
    const file = event.dataTransfer.files[0];
    if (file) void upload.upload(file);
  };
  const classes = ['slot', material ? 'slot--filled' : 'slot--empty', dragging ? 'slot--dragging' : ''];

  return (
    // A fieldset: the legend names the slot's picker, status and actions together. Dropping a file is a mouse
    // extra beside the keyboard's file input.
    <fieldset
      className={classes.filter(Boolean).join(' ')}
      onDragOver={(event) => setDragging(accept(event))}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <legend className={hideLabel ? 'visually-hidden' : 'slot__label'}>{label ?? name}</legend>
      <div className="slot__body">
        {material ? <MaterialThumbnail material={material} name={name} /> : <span className="slot__blank" />}
        <SlotStatus item={item} state={upload.state} name={name} />
      </div>
      <SlotError
        item={item}
        state={upload.state}
        name={name}
        onDismiss={() => {
          upload.clear();
          // The dismiss button goes with the notice: keep the keyboard in the slot, on its picker.
          picker.current?.focus();
        }}
      />
      {editable ? (
        <div className="slot__actions">
          {material ? null : (
            <span className="slot__drop" aria-hidden="true">
              {t('materials.slot.drop')}
            </span>
          )}
          <input
            ref={picker}
            id={id}
            type="file"
            className="slot__input visually-hidden"
            accept={acceptAttribute(item.accepts)}
            disabled={upload.busy}
            aria-label={t(material ? 'materials.slot.replaceFor' : 'materials.slot.chooseFor', { name })}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so that picking the same file again (after fixing it) fires change again.
              event.target.value = '';
              if (file) void upload.upload(file);
            }}
          />
          <label htmlFor={id} className={`button button--secondary slot__pick${upload.busy ? ' is-disabled' : ''}`}>
            {material ? t('materials.slot.replace') : t('materials.slot.choose')}
          </label>
          {upload.busy ? (
            <Button variant="ghost" onClick={upload.cancel}>
              {t('materials.slot.cancel')}
            </Button>
          ) : null}
          {material && !upload.busy ? (
            <DeleteMaterial filingId={filingId} material={material} name={name} onDeleted={upload.clear} />
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
