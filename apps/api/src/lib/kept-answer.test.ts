import { describe, expect, it } from 'vitest';
import { isKeptAnswer, keptAnswer } from './kept-answer.ts';

describe('keptAnswer', () => {
  it('freezes the answer and everything in it, and marks that object alone', () => {
    const inner = { id: 'a', claimedBy: { displayName: '审核员' } };
    const answer = keptAnswer({ items: [inner], counts: { total: 1 } });
    expect(isKeptAnswer(answer)).toBe(true);
    expect(isKeptAnswer({ ...answer })).toBe(false);
    expect(isKeptAnswer(inner)).toBe(false);
    expect(isKeptAnswer(null)).toBe(false);
    for (const part of [answer, answer.items, inner, inner.claimedBy, answer.counts])
      expect(Object.isFrozen(part)).toBe(true);
    expect(() => {
      (inner.claimedBy as { displayName: string }).displayName = '别人';
    }).toThrow(TypeError);
  });
});
