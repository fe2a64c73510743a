// What the curtain desk reads: a page of requests (all, filtered, or today's batch), and where the batch's CSV is.
import { AdminCurtainPageSchema, type CurtainStatus } from '@beian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export const PAGE_SIZE = 50;
/**
 * The courier's bulk-order file of today's batch (or the batch through a later planned day): a plain download (the
 * browser saves it by its file name).
 */
export const batchCsvPath = (through?: string) =>
  `/api/admin/curtains/batch.csv${through ? `?${new URLSearchParams({ through })}` : ''}`;

export type CurtainFilter = {
  /** Today's batch instead of the filtered list. */
  batch: boolean;
  /** With `batch`: cut the batch through this later planned day (YYYY-MM-DD) rather than today. */
  through?: string;
  status?: CurtainStatus;
  provinceCode?: string;
  from?: string;
  to?: string;
  page: number;
};

export const curtainKeys = {
  all: ['admin', 'curtains'] as const,
  list: (filter: CurtainFilter) => ['admin', 'curtains', 'list', filter] as const,
};

export function listPath(filter: CurtainFilter): string {
  const query = new URLSearchParams();
  if (filter.batch) {
    query.set('batch', 'today');
    if (filter.through) query.set('through', filter.through);
  } else {
    if (filter.status) query.set('status', filter.status);
    if (filter.provinceCode) query.set('provinceCode', filter.provinceCode);
    if (filter.from) query.set('from', filter.from);
    if (filter.to) query.set('to', filter.to);
  }
  query.set('page', String(filter.page));
  query.set('pageSize', String(PAGE_SIZE));
  return `/api/admin/curtains?${query}`;
}

export const useCurtainList = (filter: CurtainFilter) =>
  useQuery({
    queryKey: curtainKeys.list(filter),
    queryFn: ({ signal }) => apiClient.get(listPath(filter), { schema: AdminCurtainPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
