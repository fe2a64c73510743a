import { describe, expect, it } from 'vitest';
import { findUnsafeCharacter } from './text.ts';

describe('findUnsafeCharacter', () => {
  it.each([
    ['广东省深圳市南山区科技园路1号', 'line'],
    ['Zhao Qiang-Li (赵强)', 'line'],
    ['emoji 😀 as a whole pair', 'line'],
    ['a line\nand a tab\t in free text', 'any'],
    ['a right-to-left mark \u200F in free text', 'any'],
  ] as const)('lets %j through as %s text', (value, rule) => {
    expect(findUnsafeCharacter(value, rule)).toBeNull();
  });

  it.each([
    ['ab\u0000c', 'any', 'TEXT_NUL', 0x0000, 2],
    ['a\uD800b', 'any', 'TEXT_LONE_SURROGATE', 0xd800, 1],
    ['ends with \uD83D', 'any', 'TEXT_LONE_SURROGATE', 0xd83d, 10],
    ['\uDE00 starts with a low half', 'any', 'TEXT_LONE_SURROGATE', 0xde00, 0],
    ['赵\u202E强', 'line', 'TEXT_BIDI_CONTROL', 0x202e, 1],
    ['isolate \u2066x\u2069', 'line', 'TEXT_BIDI_CONTROL', 0x2066, 8],
    ['two\nlines', 'line', 'TEXT_CONTROL_CHARACTER', 0x000a, 3],
    ['bell\u0007', 'line', 'TEXT_CONTROL_CHARACTER', 0x0007, 4],
    ['c1 \u0085 next line', 'line', 'TEXT_CONTROL_CHARACTER', 0x0085, 3],
    ['para\u2029graph', 'line', 'TEXT_CONTROL_CHARACTER', 0x2029, 4],
    ['nul\u0000', 'line', 'TEXT_NUL', 0x0000, 3],
  ] as const)('refuses %j as %s text: %s', (value, rule, reason, codePoint, index) => {
    expect(findUnsafeCharacter(value, rule)).toEqual({ reason, codePoint, index });
  });
});
