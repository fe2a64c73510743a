// How a process spends the shared budget: slices asked for now and then (not once a request), one ask for all the
// requests that wait on it, never more than the budget across processes, and its own count while the database is away.
import { describe, expect, it } from 'vitest';
import type { RequestBudgetRepository } from './request-budget.repository.ts';
import { createRequestBudget, WINDOW_MS } from './request-budget.ts';

const START = new Date('2026-11-30T02:00:10Z');

/** The table's rule in memory: up to `want`, at most a quarter of what is left, at least one. */
function fakeTable({ fail }: { fail?: () => Error | undefined } = {}) {
  const granted = new Map<string, number>();
  const table = {
    takes: 0,
    purged: [] as Date[],
    async take(bucket: string, windowStart: Date, want: number, budget: number) {
      table.takes += 1;
      await Promise.resolve();
      const error = fail?.();
      if (error) throw error;
      const key = `${windowStart.toISOString()} ${bucket}`;
      const before = granted.get(key) ?? 0;
      const grant = before < budget ? Math.min(want, Math.ceil((budget - before) / 4)) : 0;
      granted.set(key, before + grant);
      return grant;
    },
    async purge(before: Date) {
      table.purged.push(before);
      return 0;
    },
  };
  return table;
}

function budgetOn(
  table: ReturnType<typeof fakeTable>,
  perMinute: number,
  options: { outage?: { active: boolean; noticed: (e: unknown) => boolean }; errors?: string[] } = {},
) {
  let now = START;
  const budget = createRequestBudget({
    repo: table satisfies RequestBudgetRepository,
    clock: { now: () => now },
    perMinute,
    secret: 'a-secret-of-at-least-thirty-two-characters',
    outage: options.outage ?? { active: false, noticed: () => false },
    log: { error: (_detail, message) => options.errors?.push(message) },
  });
  return { budget, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

async function spendMany(budget: { spend: (ip: string) => Promise<{ ok: boolean }> }, ip: string, count: number) {
  let allowed = 0;
  for (let i = 0; i < count; i++) if ((await budget.spend(ip)).ok) allowed += 1;
  return allowed;
}

describe('the shared request budget', () => {
  it('asks the table once a slice, not once a request', async () => {
    const table = fakeTable();
    const { budget } = budgetOn(table, 600);
    expect(await spendMany(budget, '203.0.113.1', 180)).toBe(180);
    // Slices of a tenth of the budget (60).
    expect(table.takes).toBe(3);
  });

  it('lets requests that find the slice spent wait on one ask together', async () => {
    const table = fakeTable();
    const { budget } = budgetOn(table, 600);
    const answers = await Promise.all(Array.from({ length: 50 }, () => budget.spend('203.0.113.1')));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(table.takes).toBe(1);
  });

  it('never lets a client through more than the budget across processes, and says when the minute ends', async () => {
    const table = fakeTable();
    const a = budgetOn(table, 100);
    const b = budgetOn(table, 100);
    let allowed = 0;
    for (let i = 0; i < 300; i++) if ((await (i % 3 ? a : b).budget.spend('203.0.113.1')).ok) allowed += 1;
    expect(allowed).toBeLessThanOrEqual(100);
    expect(allowed).toBeGreaterThanOrEqual(100 - 2 * 10);
    expect(await a.budget.spend('203.0.113.1')).toEqual({ ok: false, retryAfterSeconds: 50 });
    const takes = table.takes;
    await a.budget.spend('203.0.113.1');
    // Once the table said it is all handed out, the process refuses without asking again this minute.
    expect(table.takes).toBe(takes);
    a.advance(WINDOW_MS);
    expect((await a.budget.spend('203.0.113.1')).ok).toBe(true);
    expect(table.purged.at(-1)).toEqual(new Date('2026-11-30T02:00:00Z'));
  });

  it('counts alone, to the whole budget, while the database is away, without asking it', async () => {
    const table = fakeTable();
    const { budget } = budgetOn(table, 5, { outage: { active: true, noticed: () => true } });
    expect(await spendMany(budget, '203.0.113.1', 7)).toBe(5);
    expect(table.takes).toBe(0);
  });

  it('counts alone when the table cannot be read: an unreachable database turns the outage on, other errors are said once', async () => {
    const noticed: unknown[] = [];
    const unreachable = budgetOn(
      fakeTable({ fail: () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'P1001' }) }),
      3,
      { outage: { active: false, noticed: (e) => noticed.push(e) > 0 } },
    );
    expect(await spendMany(unreachable.budget, '203.0.113.1', 5)).toBe(3);
    expect(noticed.length).toBeGreaterThan(0);

    const errors: string[] = [];
    const broken = budgetOn(fakeTable({ fail: () => new Error('relation does not exist') }), 3, { errors });
    expect(await spendMany(broken.budget, '203.0.113.1', 5)).toBe(3);
    expect(errors).toHaveLength(1);
  });
});
