// One page of the audit log as react-query state (the previous page stays on screen while the next one loads), and
// the people the person filter offers.
import { AuditLogActorsSchema, AuditLogPageSchema, type AuditLogQuery } from '@beian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';
import { addressFor } from '../audit-log-address.ts';

export function auditLogPath(query: AuditLogQuery): string {
  const params = addressFor(query);
  params.set('limit', String(query.limit));
  return `/api/admin/audit-log?${params}`;
}

export function useAuditLog(query: AuditLogQuery) {
  return useQuery({
    queryKey: ['admin', 'audit-log', query],
    queryFn: ({ signal }) => apiClient.get(auditLogPath(query), { schema: AuditLogPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActors() {
  return useQuery({
    queryKey: ['admin', 'audit-log', 'actors'],
    queryFn: ({ signal }) => apiClient.get('/api/admin/audit-log/actors', { schema: AuditLogActorsSchema, signal }),
  });
}
