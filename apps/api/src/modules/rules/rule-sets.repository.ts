// Prisma access for the versioned rule sets: the latest and a given version of a kind, every version for the history,
// and inserting a version only where none has its number yet (so a raced publish inserts nothing instead of failing).
import type { Prisma, RuleSetKind } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';

export type RuleSetRow = {
  kind: RuleSetKind;
  version: number;
  data: Prisma.JsonValue;
  reason: string;
  authorId: string | null;
  createdAt: Date;
};

const columns = { kind: true, version: true, data: true, reason: true, authorId: true, createdAt: true } as const;

export function createRuleSetsRepository(db: Db) {
  return {
    latest: (kind: RuleSetKind, tx: Tx = db): Promise<RuleSetRow | null> =>
      tx.ruleSetVersion.findFirst({ where: { kind }, orderBy: { version: 'desc' }, select: columns }),
    at: (kind: RuleSetKind, version: number): Promise<RuleSetRow | null> =>
      db.ruleSetVersion.findUnique({ where: { kind_version: { kind, version } }, select: columns }),
    /** Oldest first, so that each can be compared with the one before. */
    all: (kind: RuleSetKind): Promise<RuleSetRow[]> =>
      db.ruleSetVersion.findMany({ where: { kind }, orderBy: { version: 'asc' }, select: columns }),
    /** INSERT ... ON CONFLICT DO NOTHING on (kind, version): 1 when written, 0 when that version already exists. */
    async insertIfAbsent(
      row: { id: string; kind: RuleSetKind; version: number; data: Prisma.InputJsonValue } & Omit<
        RuleSetRow,
        'kind' | 'version' | 'data'
      >,
      tx: Tx = db,
    ): Promise<number> {
      const { count } = await tx.ruleSetVersion.createMany({ data: [row], skipDuplicates: true });
      return count;
    },
    authorNames: async (ids: readonly string[]): Promise<Map<string, string>> => {
      if (ids.length === 0) return new Map();
      const rows = await db.account.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, displayName: true },
      });
      return new Map(rows.map((r) => [r.id, r.displayName]));
    },
  };
}

export type RuleSetsRepository = ReturnType<typeof createRuleSetsRepository>;
