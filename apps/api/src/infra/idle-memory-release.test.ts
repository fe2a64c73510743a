import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectAllGarbage, createIdleMemoryRelease, type Timers } from './idle-memory-release.ts';

/** Timers that move only when the test says so. */
function manualTimers() {
  let now = 0;
  let pending: { at: number; run: () => void }[] = [];
  const timers: Timers = {
    now: () => now,
    setTimeout: (run, ms) => {
      const entry = { at: now + ms, run, unref: () => entry };
      pending.push(entry);
      return entry;
    },
    clearTimeout: (timer) => {
      pending = pending.filter((entry) => entry !== timer);
    },
  };
  function advance(ms: number) {
    const until = now + ms;
    for (;;) {
      const next = pending.filter((entry) => entry.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      pending = pending.filter((entry) => entry !== next);
      now = next.at;
      next.run();
    }
    now = until;
  }
  return { timers, advance, pendingCount: () => pending.length };
}

function subject() {
  const clock = manualTimers();
  const releases: number[] = [];
  const memory = createIdleMemoryRelease({
    quietMs: 15_000,
    afterStartMs: 1_000,
    timers: clock.timers,
    release: async () => {
      releases.push(clock.timers.now());
    },
  });
  return { ...clock, memory, releases };
}

describe('idle memory release', () => {
  it('releases what start-up left once start-up has settled, and only once while nothing happens', () => {
    const { memory, advance, releases, pendingCount } = subject();
    memory.started();
    advance(999);
    expect(releases).toEqual([]);
    advance(1);
    expect(releases).toEqual([1_000]);
    advance(10 * 60_000);
    expect(releases).toEqual([1_000]);
    expect(pendingCount()).toBe(0);
  });

  it('waits for a quiet spell when requests begin right after start-up', () => {
    const { memory, advance, releases } = subject();
    memory.started();
    advance(500);
    memory.requestArrived();
    advance(5_000);
    memory.requestArrived(); // at 5,500
    advance(14_999);
    expect(releases).toEqual([]);
    advance(1);
    expect(releases).toEqual([20_500]);
  });

  it('releases once after each busy spell, never while requests keep arriving', () => {
    const { memory, advance, releases } = subject();
    memory.started();
    advance(1_000);
    for (let i = 0; i < 60; i++) {
      memory.requestArrived();
      advance(10_000);
    }
    expect(releases).toEqual([1_000]);
    advance(5_000);
    expect(releases).toEqual([1_000, 1_000 + 59 * 10_000 + 15_000]);
    advance(60_000);
    memory.requestArrived();
    advance(15_000);
    expect(releases).toHaveLength(3);
  });

  it('does nothing once stopped', () => {
    const { memory, advance, releases, pendingCount } = subject();
    memory.started();
    memory.requestArrived();
    memory.stop();
    expect(pendingCount()).toBe(0);
    memory.requestArrived();
    advance(60_000);
    expect(releases).toEqual([]);
  });

  it('a failed release is not thrown at the process, and the next spell tries again', async () => {
    const clock = manualTimers();
    let calls = 0;
    const memory = createIdleMemoryRelease({
      quietMs: 100,
      afterStartMs: 10,
      timers: clock.timers,
      release: async () => {
        calls++;
        throw new Error('inspector unavailable');
      },
    });
    memory.started();
    clock.advance(10);
    await Promise.resolve();
    memory.requestArrived();
    clock.advance(100);
    await Promise.resolve();
    expect(calls).toBe(2);
  });
});

describe('collectAllGarbage', () => {
  const youngGeneration = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

  it('shrinks the young generation that a burst of surviving allocations grew', async () => {
    // Objects that survive their first collections make V8 grow the young generation towards its maximum.
    let survivors: { i: number; s: string }[] = [];
    for (let i = 0; i < 1_500_000; i++) survivors.push({ i, s: `x${i}` });
    const grown = youngGeneration();
    survivors = [];
    expect(grown).toBeGreaterThan(4 * 1024 * 1024);

    await collectAllGarbage();

    expect(survivors).toHaveLength(0);
    expect(youngGeneration()).toBeLessThan(grown / 2);
  });
});
