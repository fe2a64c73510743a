// The admin's side of the rule sets: the current version and any earlier one with who published it, when and why,
// the history with what each version changed, and publishing a new version. A publish is version = latest + 1 from the
// version the admin edited, written with its audit row in one transaction; a publish that lost a race is refused with
// RULES_VERSION_CONFLICT (the unique key on kind and version makes sure only one wins).
import { randomUUID } from 'node:crypto';
import type {
  ProvinceRuleSet,
  ProvinceRulesHistory,
  PublishProvinceRules,
  PublishSuffixes,
  RuleVersionMeta,
  SuffixHistory,
  SuffixListView,
} from '@beian/contracts';
import { PROVINCES, type SuffixList } from '@beian/domain';
import type { Prisma, RuleSetKind } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db.ts';
import { AppError, ConflictError, NotFoundError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { provinceRuleChanges, suffixChanges } from './rule-changes.ts';
import { type ProvinceRuleData, readProvinceRules, readSuffixList } from './rule-set-data.ts';
import type { RuleSetRow, RuleSetsRepository } from './rule-sets.repository.ts';
import type { RuleSets } from './rule-sets.ts';

type Deps = { db: Db; repo: RuleSetsRepository; ruleSets: RuleSets; audit: AuditRepository; clock: Clock };
type Actor = { accountId: string; requestId: string };

const KIND_WORDS: Record<RuleSetKind, string> = { PROVINCE_RULES: 'province rules', MIIT_SUFFIXES: 'MIIT suffix list' };

const conflict = (kind: RuleSetKind, edited: number, latest: number) =>
  new ConflictError(
    'RULES_VERSION_CONFLICT',
    `The ${KIND_WORDS[kind]} you edited are version ${edited}, but version ${latest} has been published since. Reload and make your change on the latest version.`,
  );

const unchanged = (kind: RuleSetKind) =>
  new AppError('RULES_UNCHANGED', 400, `The edit leaves the ${KIND_WORDS[kind]} as they are; nothing was published.`);

const provinceList = (data: ProvinceRuleData) =>
  PROVINCES.flatMap(({ code }) => (data[code] ? [JSON.parse(JSON.stringify(data[code]))] : []));

export function createRulesService({ db, repo, ruleSets, audit, clock }: Deps) {
  async function metaOf(rows: readonly RuleSetRow[]): Promise<(row: RuleSetRow) => RuleVersionMeta> {
    const names = await repo.authorNames([...new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : [])))]);
    return (row) => ({
      version: row.version,
      author: row.authorId ? { id: row.authorId, displayName: names.get(row.authorId) ?? '' } : null,
      createdAt: row.createdAt.toISOString(),
      reason: row.reason,
    });
  }

  async function found(kind: RuleSetKind, version?: number): Promise<RuleSetRow> {
    if (version === undefined) return ruleSets.latest(kind);
    const row = await ruleSets.at(kind, version);
    if (!row) throw new NotFoundError(`Version ${version} of the ${KIND_WORDS[kind]}`);
    return row;
  }

  async function rulesView(row: RuleSetRow): Promise<ProvinceRuleSet> {
    return { ...(await metaOf([row]))(row), provinces: provinceList(readProvinceRules(row.data)) };
  }

  async function suffixView(row: RuleSetRow): Promise<SuffixListView> {
    const list = readSuffixList(row.data);
    return { ...(await metaOf([row]))(row), asOf: list.asOf, suffixes: [...list.suffixes] };
  }

  /** The next version inside the transaction, or the conflict when `baseVersion` is not the latest any more. */
  async function publish<T>(
    kind: RuleSetKind,
    input: { baseVersion: number; reason: string },
    actor: Actor,
    next: (latest: RuleSetRow) => {
      data: Prisma.InputJsonObject;
      before: Prisma.InputJsonObject;
      after: Prisma.InputJsonObject;
      changed: boolean;
    },
    view: (row: RuleSetRow) => Promise<T>,
  ): Promise<T> {
    await ruleSets.ensureShipped(kind);
    const now = clock.now();
    const row: RuleSetRow = await db.$transaction(async (tx: Tx) => {
      const latest = await repo.latest(kind, tx);
      if (!latest) throw new Error(`No ${kind} rule set is stored`);
      if (latest.version !== input.baseVersion) throw conflict(kind, input.baseVersion, latest.version);
      const change = next(latest);
      if (!change.changed) throw unchanged(kind);
      const id = randomUUID();
      const written = {
        kind,
        version: latest.version + 1,
        data: change.data,
        reason: input.reason,
        authorId: actor.accountId,
        createdAt: now,
      };
      if ((await repo.insertIfAbsent({ id, ...written }, tx)) === 0) {
        throw conflict(kind, input.baseVersion, latest.version + 1);
      }
      await audit.append(
        {
          actorId: actor.accountId,
          action: kind === 'PROVINCE_RULES' ? 'rules.publish' : 'suffixes.publish',
          targetType: 'ruleSet',
          targetId: id,
          before: change.before,
          after: change.after,
          detail: { kind, version: written.version, reason: input.reason },
          requestId: actor.requestId,
          at: now,
        },
        tx,
      );
      return { ...written, data: change.data as Prisma.JsonValue };
    });
    ruleSets.invalidate(kind);
    return view(row);
  }

  return {
    provinceRules: async (version?: number) => rulesView(await found('PROVINCE_RULES', version)),
    suffixes: async (version?: number) => suffixView(await found('MIIT_SUFFIXES', version)),

    async provinceRulesHistory(): Promise<ProvinceRulesHistory> {
      await ruleSets.ensureShipped('PROVINCE_RULES');
      const rows = await repo.all('PROVINCE_RULES');
      const meta = await metaOf(rows);
      const data = rows.map((r) => readProvinceRules(r.data));
      const versions = rows.map((row, i) => ({
        ...meta(row),
        changes: provinceRuleChanges(data[i - 1] ?? null, data[i] as ProvinceRuleData),
      }));
      return { versions: versions.reverse() };
    },

    async suffixHistory(): Promise<SuffixHistory> {
      await ruleSets.ensureShipped('MIIT_SUFFIXES');
      const rows = await repo.all('MIIT_SUFFIXES');
      const meta = await metaOf(rows);
      const lists = rows.map((r) => readSuffixList(r.data));
      const versions = rows.map((row, i) => {
        const list = lists[i] as SuffixList;
        return { ...meta(row), asOf: list.asOf, ...suffixChanges(lists[i - 1] ?? null, list) };
      });
      return { versions: versions.reverse() };
    },

    publishProvinceRules: (body: PublishProvinceRules, actor: Actor) =>
      publish(
        'PROVINCE_RULES',
        body,
        actor,
        (latest) => {
          const before = readProvinceRules(latest.data);
          const after: ProvinceRuleData = {
            ...before,
            ...Object.fromEntries(
              Object.entries(body.provinces).map(([provinceCode, edit]) => [provinceCode, { provinceCode, ...edit }]),
            ),
          };
          const changes = provinceRuleChanges(before, after);
          return {
            data: JSON.parse(JSON.stringify(after)),
            before: Object.fromEntries(changes.map((c) => [c.field, c.before])) as Prisma.InputJsonObject,
            after: Object.fromEntries(changes.map((c) => [c.field, c.after])) as Prisma.InputJsonObject,
            changed: changes.length > 0,
          };
        },
        rulesView,
      ),

    publishSuffixes: (body: PublishSuffixes, actor: Actor) =>
      publish(
        'MIIT_SUFFIXES',
        body,
        actor,
        (latest) => {
          const before = readSuffixList(latest.data);
          const after: SuffixList = { asOf: body.asOf, suffixes: body.suffixes };
          const { added, removed } = suffixChanges(before, after);
          const asOfChanged = before.asOf !== after.asOf;
          return {
            data: { asOf: after.asOf, suffixes: [...after.suffixes] },
            before: { ...(asOfChanged ? { asOf: before.asOf } : {}), ...(removed.length ? { removed } : {}) },
            after: { ...(asOfChanged ? { asOf: after.asOf } : {}), ...(added.length ? { added } : {}) },
            changed: asOfChanged || added.length > 0 || removed.length > 0,
          };
        },
        suffixView,
      ),
  };
}

export type RulesService = ReturnType<typeof createRulesService>;
