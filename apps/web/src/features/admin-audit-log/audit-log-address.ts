// The audit log's view lives in the address (actor, orderNo, action (repeated), from, to, before), so every view can
// be linked and reloaded; the CSV export link carries the same filters.
import { type AuditLogQuery, AuditLogQuerySchema } from '@beian/contracts';

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogFilters = {
  actor?: string;
  orderNo?: string;
  action?: readonly string[];
  from?: string;
  to?: string;
};
type AuditLogView = AuditLogFilters & { before?: number };

const SINGLE_FIELDS = ['actor', 'orderNo', 'from', 'to', 'before'] as const;

/** The query the address asks for, or null when it was edited into something the API would refuse. */
export function queryFromAddress(params: URLSearchParams): AuditLogQuery | null {
  const raw: Record<string, string | string[]> = { limit: String(AUDIT_PAGE_SIZE) };
  for (const field of SINGLE_FIELDS) {
    const value = params.get(field)?.trim();
    if (value) raw[field] = value;
  }
  const actions = params.getAll('action').filter(Boolean);
  if (actions.length > 0) raw.action = actions;
  const parsed = AuditLogQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The filters as the address holds them, even when invalid, so the form shows what was asked. */
export function filtersFromAddress(params: URLSearchParams): AuditLogFilters {
  const text = (field: string) => params.get(field)?.trim() || undefined;
  const action = params.getAll('action').filter(Boolean);
  return {
    actor: text('actor'),
    orderNo: text('orderNo'),
    action: action.length > 0 ? action : undefined,
    from: text('from'),
    to: text('to'),
  };
}

/** Blank filters are left out; the actions in catalogue order of the form, one parameter each. */
export function addressFor(view: AuditLogView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.actor) params.set('actor', view.actor);
  if (view.orderNo) params.set('orderNo', view.orderNo);
  for (const action of view.action ?? []) params.append('action', action);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.before !== undefined) params.set('before', String(view.before));
  return params;
}

/** For links: "?actor=…" or "" for the unfiltered newest page. */
export function searchFor(view: AuditLogView): string {
  const search = addressFor(view).toString();
  return search ? `?${search}` : '';
}

/** The CSV export of the filtered entries (every page, not only this one). */
export const exportHref = (filters: AuditLogFilters): string => `/api/admin/audit-log.csv${searchFor(filters)}`;

export const hasFilters = (view: AuditLogFilters): boolean =>
  Boolean(view.actor || view.orderNo || view.action?.length || view.from || view.to);

/** The filters of a parsed query (its paging left out). */
export const filtersOf = (query: AuditLogQuery): AuditLogFilters => ({
  actor: query.actor,
  orderNo: query.orderNo,
  action: query.action,
  from: query.from,
  to: query.to,
});
