// The audit log's view lives in the address (action, targetType, before), so every view can be linked and reloaded.
import { type AuditLogQuery, AuditLogQuerySchema } from '@beian/contracts';

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogFilters = { action?: string; targetType?: string };
type AuditLogView = AuditLogFilters & { before?: number };

/** The query the address asks for, or null when it was edited into something the API would refuse. */
export function queryFromAddress(params: URLSearchParams): AuditLogQuery | null {
  const raw: Record<string, string> = { limit: String(AUDIT_PAGE_SIZE) };
  for (const field of ['action', 'targetType', 'before'] as const) {
    const value = params.get(field)?.trim();
    if (value) raw[field] = value;
  }
  const parsed = AuditLogQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Blank filters are left out: the API would look for an empty name literally and find nothing. */
export function addressFor(view: AuditLogView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.action) params.set('action', view.action);
  if (view.targetType) params.set('targetType', view.targetType);
  if (view.before !== undefined) params.set('before', String(view.before));
  return params;
}

/** For links: "?action=…" or "" for the unfiltered newest page. */
export function searchFor(view: AuditLogView): string {
  const search = addressFor(view).toString();
  return search ? `?${search}` : '';
}

export const hasFilters = (view: AuditLogFilters): boolean => Boolean(view.action || view.targetType);
