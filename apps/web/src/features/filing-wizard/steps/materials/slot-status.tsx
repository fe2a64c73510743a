// A slot's state in words, announced as it changes: 未上传 / 上传中 x% (with a progress bar) / 已上传. A failed attempt
// changes nothing stored, so the state keeps saying what the slot holds; the failure is a notice of its own beside it,
// until it is dismissed or the next attempt starts.

import type { MaterialItem } from '@beian/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui/button.tsx';
import { formatBytes } from '../../../../lib/images/format-bytes.ts';
import { uploadErrorText } from './material-labels.ts';
import { MaterialMeta } from './material-preview.tsx';
import type { SlotState } from './use-slot-upload.ts';

type Props = { item: MaterialItem; state: SlotState; name: string };

function statusText(t: TFunction, state: SlotState, item: MaterialItem): string {
  switch (state.status) {
    case 'preparing':
      return t('materials.slot.preparing');
    case 'compressing':
      return t('materials.slot.compressing');
    case 'uploading':
      return state.percent >= 100
        ? t('materials.slot.checking')
        : t('materials.slot.uploading', { percent: state.percent });
    default:
      if (item.material) return t('materials.slot.uploaded');
      // Front and back stand in for the combined image, and the other way round.
      return item.provided ? t('materials.slot.covered') : t('materials.slot.empty');
  }
}

export function SlotStatus({ item, state, name }: Props) {
  const { t, i18n } = useTranslation();
  const tone = item.material ? 'uploaded' : item.provided ? 'covered' : 'empty';
  const compressed = state.status === 'done' ? state.compressed : undefined;
  return (
    <div className="slot__status">
      {/* Polite: progress must not interrupt; the failure below is an alert of its own. */}
      <p className={`slot__state slot__state--${tone}`} aria-live="polite" aria-atomic="true">
        {statusText(t, state, item)}
        {compressed ? (
          <span className="slot__note">
            {t('materials.slot.compressed', {
              from: formatBytes(compressed.from, i18n.language),
              to: formatBytes(compressed.to, i18n.language),
            })}
          </span>
        ) : null}
      </p>
      {state.status === 'uploading' ? (
        <progress
          className="slot__progress"
          max={100}
          value={state.percent}
          aria-label={t('materials.slot.progress', { name })}
        />
      ) : null}
      {item.material && state.status !== 'uploading' ? <MaterialMeta material={item.material} /> : null}
    </div>
  );
}

type ErrorProps = { item: MaterialItem; state: SlotState; name: string; onDismiss: () => void };

/** Why the last upload failed, across the slot's whole width (the advice can run to a few lines), until dismissed. */
export function SlotError({ item, state, name, onDismiss }: ErrorProps) {
  const { t } = useTranslation();
  if (state.status !== 'failed') return null;
  return (
    <div className="slot__error">
      <p role="alert">
        <strong>{t('materials.slot.failed')}</strong> {uploadErrorText(state.error, item)}
      </p>
      <Button variant="ghost" aria-label={t('materials.slot.dismissFor', { name })} onClick={onDismiss}>
        {t('materials.slot.dismiss')}
      </Button>
    </div>
  );
}
