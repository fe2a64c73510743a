// The audit trail: every admin change and filing transition is appended here, and admins read it back filtered,
// with names in place of ids, page by page or as one CSV file.
import type { AuditLogActors, AuditLogEntry, AuditLogExportQuery, AuditLogPage, AuditLogQuery } from '@beian/contracts';
import { addDays, shanghaiDay, startOfShanghaiDay } from '@beian/domain';
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditFilter, AuditRepository } from './audit.repository.ts';
import { auditCsv } from './audit-csv.ts';
import { createAuditNames } from './audit-names.ts';

/** At most this many rows go into one CSV export; the file says so when there were more. */
export const AUDIT_EXPORT_CAP = 10_000;
const EXPORT_CHUNK = 1_000;

type Filters = AuditLogExportQuery;

export function createAuditService(deps: { db: Db; repo: AuditRepository; clock: Clock }) {
  const { db, repo, clock } = deps;
  const describe = createAuditNames(db);

  const filingIdOf = async (orderNo: string) =>
    (await db.filing.findUnique({ where: { orderNo }, select: { id: true } }))?.id ?? null;

  /** The repository's filter, or the order number that names no filing (then nothing matches). */
  async function filterOf(query: Filters): Promise<AuditFilter | { unknownOrderNo: string }> {
    const filingId = query.orderNo ? await filingIdOf(query.orderNo) : undefined;
    if (query.orderNo && !filingId) return { unknownOrderNo: query.orderNo };
    return {
      actorId: query.actor,
      filingId: filingId ?? undefined,
      actions: query.action,
      // Beijing days, both included: from 00:00 of the first to 00:00 after the last.
      from: query.from ? startOfShanghaiDay(query.from) : undefined,
      until: query.to ? startOfShanghaiDay(addDays(query.to, 1)) : undefined,
    };
  }

  return {
    record: repo.append,
    filingIdOf,

    async list(query: AuditLogQuery): Promise<AuditLogPage> {
      const filter = await filterOf(query);
      if ('unknownOrderNo' in filter) return { entries: [], nextBefore: null, unknownOrderNo: filter.unknownOrderNo };
      const before = query.before === undefined ? undefined : BigInt(query.before);
      const rows = await repo.page(filter, { before, limit: query.limit });
      const entries = await describe(rows);
      const last = entries.at(-1);
      return { entries, nextBefore: entries.length === query.limit && last ? last.id : null, unknownOrderNo: null };
    },

    async actors(): Promise<AuditLogActors> {
      return { actors: await repo.actors() };
    },

    /** The filtered entries as CSV, newest first, up to the cap; the export itself is written to the log. */
    async exportCsv(query: Filters, who: { actorId: string; requestId: string }) {
      const filter = await filterOf(query);
      const entries: AuditLogEntry[] = [];
      let capped = false;
      if (!('unknownOrderNo' in filter)) {
        let before: bigint | undefined;
        for (;;) {
          const rows = await repo.page(filter, { before, limit: EXPORT_CHUNK });
          entries.push(...(await describe(rows)));
          if (entries.length > AUDIT_EXPORT_CAP) {
            entries.length = AUDIT_EXPORT_CAP;
            capped = true;
            break;
          }
          const last = rows.at(-1);
          if (rows.length < EXPORT_CHUNK || !last) break;
          before = last.id;
        }
      }
      const now = clock.now();
      await repo.append({
        actorId: who.actorId,
        action: 'audit.export',
        targetType: 'auditLog',
        detail: {
          ...(query.actor ? { actor: query.actor } : {}),
          ...(query.orderNo ? { orderNo: query.orderNo } : {}),
          ...(query.action ? { actions: query.action } : {}),
          ...(query.from ? { dateFrom: query.from } : {}),
          ...(query.to ? { dateTo: query.to } : {}),
          count: entries.length,
          capped,
        },
        requestId: who.requestId,
        at: now,
      });
      return {
        csv: auditCsv(entries, capped ? AUDIT_EXPORT_CAP : null),
        filename: `audit-log-${shanghaiDay(now).replaceAll('-', '')}.csv`,
        capped,
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
