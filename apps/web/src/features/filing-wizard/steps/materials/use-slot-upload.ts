// One slot's upload from pick to list refresh: read the file's first bytes, refuse or shrink it by the upload plan,
// send it with progress, then refetch the list. A new pick, cancel or leaving the page aborts the running upload.
import type { MaterialItem } from '@beian/contracts';
import { MATERIAL_KIND_SPECS } from '@beian/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../../lib/api-error.ts';
import { HEAD_BYTES } from '../../../../lib/images/sniff-type.ts';
import { uploadMaterial } from '../../api/materials-api.ts';
import { materialKeys } from '../../api/materials-queries.ts';
import { UploadRefusal } from './material-labels.ts';
import { shrinkToJpeg } from './shrink-image.ts';
import { planUpload } from './upload-plan.ts';

export type SlotState =
  | { status: 'idle' }
  | { status: 'preparing' }
  | { status: 'compressing' }
  | { status: 'uploading'; percent: number }
  | { status: 'failed'; error: unknown }
  | { status: 'done'; compressed?: { from: number; to: number } };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

async function readHead(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
}

export function useSlotUpload(filingId: string, item: MaterialItem) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SlotState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const refreshList = useCallback(
    () => queryClient.invalidateQueries({ queryKey: materialKeys.list(filingId) }),
    [queryClient, filingId],
  );

  const upload = useCallback(
    async (file: File) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      try {
        setState({ status: 'preparing' });
        const { readable } = MATERIAL_KIND_SPECS[item.kind];
        const plan = planUpload(file, await readHead(file), { ...item, readable });
        if (plan.action === 'refuse') throw new UploadRefusal(plan.reason, file.size);
        let toSend = file;
        let compressed: { from: number; to: number } | undefined;
        if (plan.action === 'shrink') {
          setState({ status: 'compressing' });
          const small = await shrinkToJpeg(file, plan.targetBytes).catch(() => null);
          if (!small) throw new UploadRefusal('SHRINK_FAILED', file.size);
          toSend = small;
          compressed = { from: file.size, to: small.size };
        }
        signal.throwIfAborted();
        setState({ status: 'uploading', percent: 0 });
        const onProgress = (fraction: number) => setState({ status: 'uploading', percent: Math.round(fraction * 100) });
        await uploadMaterial(filingId, item, toSend, { signal, onProgress });
        await refreshList();
        setState(compressed ? { status: 'done', compressed } : { status: 'done' });
      } catch (error) {
        if (isAbort(error)) {
          if (running.current === controller) setState({ status: 'idle' });
          return;
        }
        // The list changed under the page (a website removed in another tab): show the current one.
        if (isApiError(error, 'MATERIAL_SLOT_INVALID')) void refreshList();
        setState({ status: 'failed', error });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [filingId, item, refreshList],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  const clear = useCallback(() => setState({ status: 'idle' }), []);
  const busy = state.status === 'preparing' || state.status === 'compressing' || state.status === 'uploading';
  return { state, busy, upload, cancel, clear };
}
