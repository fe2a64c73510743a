// The audit log keeps ids; a person reads names. Turns one page of rows into entries with the actor, the target and
// the filing described, with one query per kind of record on the page (never one per row).
import { type AuditLogEntry, type AuditTarget, auditActionLabelKey, type Role } from '@beian/contracts';
import type { AuditLog } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNT_TYPES = new Set(['account', 'Account']);
const FILING_TYPES = new Set(['filing', 'Filing']);

type JsonObject = Record<string, unknown>;
const asObject = (value: unknown): JsonObject | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;

/** The ids of `rows` whose target is of one of `types` (only ids the uuid columns can be asked for). */
function targetIds(rows: readonly AuditLog[], types: ReadonlySet<string>): string[] {
  return [
    ...new Set(
      rows.flatMap((r) => (types.has(r.targetType) && r.targetId && UUID.test(r.targetId) ? [r.targetId] : [])),
    ),
  ];
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
/** Runs `load` only when there is something to look up. */
const whenAny = <T>(ids: readonly string[], load: () => Promise<T[]>) =>
  ids.length > 0 ? load() : Promise.resolve([]);

export function createAuditNames(db: Db) {
  return async function describe(rows: readonly AuditLog[]): Promise<AuditLogEntry[]> {
    const accountIds = [
      ...new Set([...rows.flatMap((r) => (r.actorId ? [r.actorId] : [])), ...targetIds(rows, ACCOUNT_TYPES)]),
    ];
    const filingIds = [
      ...new Set([...rows.flatMap((r) => (r.filingId ? [r.filingId] : [])), ...targetIds(rows, FILING_TYPES)]),
    ];
    const pointIds = targetIds(rows, new Set(['photoPoint']));
    const curtainIds = targetIds(rows, new Set(['curtainRequest']));
    const ruleSetIds = targetIds(rows, new Set(['ruleSet']));
    const yearIds = targetIds(rows, new Set(['calendarYear']));
    const invitationIds = targetIds(rows, new Set(['invitation']));
    const [accounts, filings, points, curtains, ruleSets, years, invitations] = await Promise.all([
      whenAny(accountIds, () =>
        db.account.findMany({
          where: { id: { in: accountIds } },
          select: { id: true, displayName: true, email: true, role: true },
        }),
      ),
      whenAny(filingIds, () =>
        db.filing.findMany({ where: { id: { in: filingIds } }, select: { id: true, orderNo: true } }),
      ),
      whenAny(pointIds, () =>
        db.photoPoint.findMany({ where: { id: { in: pointIds } }, select: { id: true, name: true } }),
      ),
      whenAny(curtainIds, () =>
        db.curtainRequest.findMany({
          where: { id: { in: curtainIds } },
          select: { id: true, filing: { select: { id: true, orderNo: true } } },
        }),
      ),
      whenAny(ruleSetIds, () =>
        db.ruleSetVersion.findMany({
          where: { id: { in: ruleSetIds } },
          select: { id: true, kind: true, version: true },
        }),
      ),
      whenAny(yearIds, () =>
        db.holidayCalendarYear.findMany({ where: { id: { in: yearIds } }, select: { id: true, year: true } }),
      ),
      whenAny(invitationIds, () =>
        db.staffInvitation.findMany({
          where: { id: { in: invitationIds } },
          select: { id: true, email: true, displayName: true },
        }),
      ),
    ]);
    const maps = {
      accounts: byId(accounts),
      filings: byId(filings),
      points: byId(points),
      curtains: byId(curtains),
      ruleSets: byId(ruleSets),
      years: byId(years),
      invitations: byId(invitations),
    };

    function targetOf(row: AuditLog): AuditTarget {
      const target: AuditTarget = {
        type: row.targetType,
        id: row.targetId,
        name: null,
        email: null,
        ruleSet: null,
        year: null,
      };
      const id = row.targetId ?? '';
      if (ACCOUNT_TYPES.has(row.targetType)) {
        const account = maps.accounts.get(id);
        return account ? { ...target, name: account.displayName, email: account.email } : target;
      }
      if (FILING_TYPES.has(row.targetType)) return { ...target, name: maps.filings.get(id)?.orderNo ?? null };
      switch (row.targetType) {
        case 'photoPoint':
          return { ...target, name: maps.points.get(id)?.name ?? null };
        case 'curtainRequest':
          return { ...target, name: maps.curtains.get(id)?.filing.orderNo ?? null };
        case 'ruleSet': {
          const ruleSet = maps.ruleSets.get(id);
          return ruleSet ? { ...target, ruleSet: { kind: ruleSet.kind, version: ruleSet.version } } : target;
        }
        case 'calendarYear': {
          // Either the published year's row or the year itself.
          const year = maps.years.get(id)?.year ?? (/^\d{4}$/.test(id) ? Number(id) : null);
          return { ...target, year };
        }
        case 'invitation': {
          const invitation = maps.invitations.get(id);
          return invitation ? { ...target, name: invitation.displayName, email: invitation.email } : target;
        }
        case 'SimBureauSubmission': {
          const orderNo = asObject(row.detail)?.orderNo;
          return { ...target, name: typeof orderNo === 'string' ? orderNo : null };
        }
        default:
          return target;
      }
    }

    function filingOf(row: AuditLog): AuditLogEntry['filing'] {
      const filingId = row.filingId ?? (FILING_TYPES.has(row.targetType) ? row.targetId : null);
      const curtain = row.targetType === 'curtainRequest' ? maps.curtains.get(row.targetId ?? '') : undefined;
      return (filingId ? maps.filings.get(filingId) : undefined) ?? curtain?.filing ?? null;
    }

    return rows.map((row) => {
      const actor = row.actorId ? maps.accounts.get(row.actorId) : undefined;
      return {
        id: Number(row.id),
        at: row.at.toISOString(),
        actor: row.actorId
          ? {
              id: row.actorId,
              displayName: actor?.displayName ?? null,
              role: (actor?.role as Role | undefined) ?? null,
            }
          : null,
        action: row.action,
        labelKey: auditActionLabelKey(row.action),
        target: targetOf(row),
        filing: filingOf(row),
        before: asObject(row.before),
        after: asObject(row.after),
        detail: asObject(row.detail) ?? {},
      };
    });
  };
}

export type AuditNames = ReturnType<typeof createAuditNames>;
