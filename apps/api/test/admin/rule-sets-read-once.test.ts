// A stored rule-set version never changes, so its data is read through its schema once per row read (decision 027's
// caches), not once per request; the data every caller gets is the same frozen object until a publish here or the
// current version's time-to-live makes the next read go to the database. On the real repository and database.
import { PROVINCE_RULES } from '@beian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuleSetsRepository } from '../../src/modules/rules/rule-sets.repository.ts';
import { CURRENT_RULES_TTL_MS, createRuleSets } from '../../src/modules/rules/rule-sets.ts';
import { countedCalls } from '../helpers/counted-calls.ts';
import { createTestApp, manualClock, type TestApp } from '../helpers/test-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

describe('rule sets read once', () => {
  it('gives every caller the same frozen rules of a version, read from one database read', async () => {
    const { counted, calls: reads } = countedCalls(createRuleSetsRepository(t.db), ['at', 'latest']);
    const rules = createRuleSets({ repo: counted, clock });
    const first = await rules.rulesOf({ province: '11', provinceRulesVersion: 1 });
    const again = await rules.rulesOf({ province: '11', provinceRulesVersion: 1 });
    expect(first).toEqual(PROVINCE_RULES['11']);
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { bureauReviewWorkingDays: number }).bureauReviewWorkingDays = 0;
    }).toThrow(TypeError);
    expect(reads.at).toBe(1);

    const current = await rules.currentSuffixes();
    expect((await rules.currentSuffixes()).list).toBe(current.list);
    expect(reads.latest).toBe(1);
    // Past the time-to-live the current version is read again, and its data read afresh with it.
    clock.advance(CURRENT_RULES_TTL_MS);
    const later = await rules.currentSuffixes();
    expect(reads.latest).toBe(2);
    expect(later.list).toEqual(current.list);
    expect(later.list).not.toBe(current.list);
  });
});
