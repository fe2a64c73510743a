// The photo chosen in a PhotoCapture: prepared (converted and shrunk where needed) as soon as it is picked, with a
// preview URL that is revoked when the photo changes or the page goes.
import { useEffect, useRef, useState } from 'react';
import { browserCodec } from './browser-codec.ts';
import {
  type PhotoCodec,
  PhotoPreparationError,
  type PreparationFailure,
  type PreparedPhoto,
  preparePhoto,
} from './prepare-photo.ts';

export type CaptureState =
  | { status: 'empty' }
  | { status: 'preparing' }
  | { status: 'ready'; photo: PreparedPhoto; previewUrl: string }
  | { status: 'failed'; reason: PreparationFailure };

export function usePreparedPhoto(onChange: (photo: PreparedPhoto | null) => void, codec: PhotoCodec = browserCodec) {
  const [state, setState] = useState<CaptureState>({ status: 'empty' });
  // Only the latest pick may settle: a slow HEIC decode must not overwrite a photo picked after it.
  const pick = useRef(0);
  const previewUrl = state.status === 'ready' ? state.previewUrl : null;

  useEffect(() => () => (previewUrl ? URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);

  async function choose(file: File | undefined) {
    if (!file) return;
    pick.current += 1;
    const mine = pick.current;
    setState({ status: 'preparing' });
    onChange(null);
    try {
      const photo = await preparePhoto(file, codec);
      if (mine !== pick.current) return;
      setState({ status: 'ready', photo, previewUrl: URL.createObjectURL(photo.blob) });
      onChange(photo);
    } catch (error) {
      if (mine !== pick.current) return;
      setState({ status: 'failed', reason: error instanceof PhotoPreparationError ? error.reason : 'UNREADABLE' });
    }
  }

  return { state, choose };
}
