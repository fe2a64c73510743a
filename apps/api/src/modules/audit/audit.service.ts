// The audit trail: every admin change is appended here, and admins read it back filtered.
import type { AuditLogPage, AuditLogQuery } from '@beian/contracts';
import type { AuditRepository } from './audit.repository.ts';

export function createAuditService(deps: { repo: AuditRepository }) {
  return {
    record: deps.repo.append,
    async list(query: AuditLogQuery): Promise<AuditLogPage> {
      const rows = await deps.repo.page(query);
      const entries = rows.map((r) => ({
        id: Number(r.id),
        actorId: r.actorId,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        detail: (r.detail ?? {}) as Record<string, unknown>,
        at: r.at.toISOString(),
      }));
      const last = entries.at(-1);
      return { entries, nextBefore: entries.length === query.limit && last ? last.id : null };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
