// The rule sets in force (docs/decisions/027): the current version of the province rules and of the MIIT suffix list,
// and any earlier version a filing was checked against. Version 1 (the shipped data) is written on first use, so a
// fresh database and an existing one both have it. Published versions never change, so each is cached for good; which
// version is current is cached for a few seconds and dropped at once when this process publishes, so another process
// sees a publish within that time.
import { randomUUID } from 'node:crypto';
import type { ProvinceRules, SuffixList } from '@beian/domain';
import type { RuleSetKind } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { type ProvinceRuleData, readProvinceRules, readSuffixList, SHIPPED, SHIPPED_REASON } from './rule-set-data.ts';
import type { RuleSetRow, RuleSetsRepository } from './rule-sets.repository.ts';

/** How long another process's publish may go unseen here. */
export const CURRENT_RULES_TTL_MS = 5_000;

/** What a filing records at creation; null on filings created before rule sets were versioned (they follow version 1). */
export type RuleVersions = { provinceRulesVersion: number | null; suffixListVersion?: number | null };

/** Freezes `value` and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function createRuleSets({ repo, clock }: { repo: RuleSetsRepository; clock: Clock }) {
  const shipped = new Map<RuleSetKind, Promise<void>>();
  const versions = new Map<string, Promise<RuleSetRow | null>>();
  const current = new Map<RuleSetKind, { row: Promise<RuleSetRow>; loadedAt: number }>();
  // A stored version never changes, so its data is read through its schema once per row read, not once per request
  // (the reviewer's detail and the applicant's progress ask for a filing's rules every time). Frozen, because every
  // caller shares it.
  const read = new WeakMap<RuleSetRow, unknown>();
  function readOnce<T>(row: RuleSetRow, parse: (data: RuleSetRow['data']) => T): T {
    if (!read.has(row)) read.set(row, deepFreeze(parse(row.data)));
    return read.get(row) as T;
  }

  /** Writes version 1 unless it is there; once per process, again after a failure. */
  function ensureShipped(kind: RuleSetKind): Promise<void> {
    let done = shipped.get(kind);
    if (!done) {
      done = repo
        .insertIfAbsent({
          id: randomUUID(),
          kind,
          version: 1,
          data: SHIPPED[kind],
          reason: SHIPPED_REASON,
          authorId: null,
          createdAt: clock.now(),
        })
        .then(() => undefined);
      shipped.set(kind, done);
      done.catch(() => shipped.delete(kind));
    }
    return done;
  }

  function at(kind: RuleSetKind, version: number): Promise<RuleSetRow | null> {
    const key = `${kind}:${version}`;
    let row = versions.get(key);
    if (!row) {
      row = ensureShipped(kind).then(() => repo.at(kind, version));
      versions.set(key, row);
      // A version not (yet) there, or a failed read, is asked again next time.
      row.then((found) => found ?? versions.delete(key)).catch(() => versions.delete(key));
    }
    return row;
  }

  function latest(kind: RuleSetKind): Promise<RuleSetRow> {
    const now = clock.now().getTime();
    const cached = current.get(kind);
    if (cached && now - cached.loadedAt < CURRENT_RULES_TTL_MS && now >= cached.loadedAt) return cached.row;
    const row = ensureShipped(kind)
      .then(() => repo.latest(kind))
      .then((found) => {
        if (!found) throw new Error(`No ${kind} rule set is stored`);
        return found;
      });
    current.set(kind, { row, loadedAt: now });
    row.catch(() => current.delete(kind));
    return row;
  }

  async function provinceRuleData(version: number): Promise<ProvinceRuleData> {
    const row = await at('PROVINCE_RULES', version);
    if (!row) throw new Error(`Province rules version ${version} is not stored`);
    return readOnce(row, readProvinceRules);
  }

  return {
    ensureShipped,
    latest,
    at,
    /** After a publish here: the next read of the current version goes to the database. */
    invalidate: (kind: RuleSetKind) => current.delete(kind),

    /** The current province rules and their version, for a filing being created. */
    async currentProvinceRules(): Promise<{ version: number; rules: ProvinceRuleData }> {
      const row = await latest('PROVINCE_RULES');
      return { version: row.version, rules: readOnce(row, readProvinceRules) };
    },

    /** The current MIIT suffix list and its version, for the verify step. */
    async currentSuffixes(): Promise<{ version: number; list: SuffixList }> {
      const row = await latest('MIIT_SUFFIXES');
      return { version: row.version, list: readOnce(row, readSuffixList) };
    },

    /** The rules of the filing's province as they were in the version the filing was created under. */
    async rulesOf(filing: { province: string } & RuleVersions): Promise<ProvinceRules> {
      const version = filing.provinceRulesVersion ?? 1;
      const rules = (await provinceRuleData(version))[filing.province];
      if (!rules) throw new RangeError(`No province has the code ${filing.province}`);
      return rules;
    },
  };
}

export type RuleSets = ReturnType<typeof createRuleSets>;
/** The one thing most readers need: a filing's province rules under its recorded version. */
export type RulesOf = RuleSets['rulesOf'];
