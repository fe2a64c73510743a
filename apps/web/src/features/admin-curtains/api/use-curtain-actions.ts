// The desk's writes: one parcel shipped, delivered or returned; the courier's file imported; a further curtain
// granted. What came of the last row action is kept as a notice; every write reads the list again.
import {
  AdminCurtainRowSchema,
  CurtainGrantSchema,
  type TrackingImportReport,
  TrackingImportReportSchema,
} from '@beian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiClient } from '../../../lib/api-client.ts';
import { curtainKeys } from './admin-curtains-api.ts';

export type RowAction =
  | { kind: 'ship'; id: string; orderNo: string; trackingNo: string }
  | { kind: 'deliver'; id: string; orderNo: string }
  | { kind: 'return'; id: string; orderNo: string; reason: string };

export type RowNotice =
  | { kind: 'done'; action: RowAction['kind']; orderNo: string; trackingNo: string | null }
  | { kind: 'failed'; orderNo: string; error: unknown };

const pathOf = (action: RowAction) => `/api/admin/curtains/${encodeURIComponent(action.id)}/${action.kind}`;
const bodyOf = (action: RowAction) =>
  action.kind === 'ship'
    ? { trackingNo: action.trackingNo }
    : action.kind === 'return'
      ? { reason: action.reason }
      : undefined;

export function useRowAction() {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<RowNotice | null>(null);
  const mutation = useMutation({
    mutationFn: (action: RowAction) =>
      apiClient.post(pathOf(action), { body: bodyOf(action), schema: AdminCurtainRowSchema }),
    onMutate: () => setNotice(null),
    onSuccess: (row, action) =>
      setNotice({ kind: 'done', action: action.kind, orderNo: action.orderNo, trackingNo: row.trackingNo }),
    onError: (error, action) => setNotice({ kind: 'failed', orderNo: action.orderNo, error }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: curtainKeys.all }),
  });
  return { mutation, notice };
}

export function useTrackingImport() {
  const queryClient = useQueryClient();
  return useMutation<TrackingImportReport, unknown, string>({
    mutationFn: (csv: string) =>
      apiClient.post('/api/admin/curtains/tracking-import', { body: { csv }, schema: TrackingImportReportSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: curtainKeys.all }),
  });
}

export function useCurtainGrant() {
  return useMutation({
    mutationFn: (input: { email: string; reason: string }) =>
      apiClient.post('/api/admin/curtain-grants', { body: input, schema: CurtainGrantSchema }),
  });
}
