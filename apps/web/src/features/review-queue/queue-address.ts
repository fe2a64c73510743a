// The queue's filters live in the address (?province=44&nature=PERSONAL&type=ACCESS&overdue=true), so a view can be linked and
// survives a reload; the API query is derived from them.
import { type ClaimNextBody, ClaimNextBodySchema, ReviewQueueQuerySchema, type ReviewStage } from '@beian/contracts';
import { provinceByCode } from '@beian/domain';

/** How many filings one look at the queue shows: the most urgent ones, since the list is sorted by due time. */
export const QUEUE_LIMIT = 100;

export type QueueFilters = { province?: string; nature?: string; type?: string; overdue?: boolean };

/** The filters the address asks for, or null when it was edited into something the API would refuse. */
export function filtersFromAddress(params: URLSearchParams): QueueFilters | null {
  const raw: Record<string, string> = {};
  for (const field of ['province', 'nature', 'type', 'overdue'] as const) {
    const value = params.get(field)?.trim();
    if (value) raw[field] = value;
  }
  const parsed = ReviewQueueQuerySchema.safeParse(raw);
  if (!parsed.success) return null;
  const { province, nature, type, overdue } = parsed.data;
  if (province && !provinceByCode(province)) return null;
  // "Overdue only" is the one choice offered; overdue=false is left out rather than offered as a hidden view.
  return { province, nature, type, overdue: overdue === true ? true : undefined };
}

/** Blank filters are left out of the address. */
export function addressFor(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.province) params.set('province', filters.province);
  if (filters.nature) params.set('nature', filters.nature);
  if (filters.type) params.set('type', filters.type);
  if (filters.overdue) params.set('overdue', 'true');
  return params;
}

export function queuePath(filters: QueueFilters, stage: ReviewStage = 'INITIAL'): string {
  const params = new URLSearchParams({ stage });
  for (const [key, value] of addressFor(filters)) params.set(key, value);
  params.set('limit', String(QUEUE_LIMIT));
  return `/api/review/queue?${params}`;
}

/** The filters as claim-next takes them: only the ones set. */
export function claimFilters(filters: QueueFilters): Omit<ClaimNextBody, 'stage'> {
  const { province, nature, type, overdue } = ClaimNextBodySchema.parse({ stage: 'INITIAL', ...filters });
  return Object.fromEntries(
    Object.entries({ province, nature, type, overdue }).filter(([, value]) => value !== undefined),
  ) as Omit<ClaimNextBody, 'stage'>;
}

export const hasFilters = (filters: QueueFilters): boolean =>
  Boolean(filters.province || filters.nature || filters.type || filters.overdue);
