import { describe, expect, it } from 'vitest';
import { nonEmpty, nonEmptyLine, trimmed, trimmedLine, verbatim } from './common.ts';

const issueOf = (result: { success: boolean; error?: { issues: { message: string; params?: unknown }[] } }) =>
  result.error?.issues[0];

describe('the shared string builders', () => {
  it.each([
    ['trimmed', trimmed(40)],
    ['nonEmpty', nonEmpty(40)],
    ['trimmedLine', trimmedLine(40)],
    ['nonEmptyLine', nonEmptyLine(40)],
    ['verbatim', verbatim(1, 40)],
  ] as const)('%s refuses a NUL and a lone surrogate, saying where', (_name, schema) => {
    expect(issueOf(schema.safeParse('ab\u0000c'))).toMatchObject({
      message: 'Contains a NUL character (U+0000), which text may not hold (at character 3).',
      params: { reason: 'TEXT_NUL' },
    });
    expect(issueOf(schema.safeParse('a\uDC00'))).toMatchObject({
      message: expect.stringContaining('the unpaired surrogate U+DC00'),
      params: { reason: 'TEXT_LONE_SURROGATE' },
    });
    expect(schema.safeParse('赵强 😀').success).toBe(true);
  });

  it('lets free text hold line breaks, and names and addresses not', () => {
    expect(trimmed(40).safeParse('two\nlines').success).toBe(true);
    expect(issueOf(trimmedLine(40).safeParse('two\nlines'))).toMatchObject({
      params: { reason: 'TEXT_CONTROL_CHARACTER' },
    });
  });

  it('refuses a direction override in a name or an address, naming it', () => {
    expect(issueOf(nonEmptyLine(50).safeParse('赵\u202E强'))).toMatchObject({
      message: expect.stringContaining('the direction control U+202E'),
      params: { reason: 'TEXT_BIDI_CONTROL' },
    });
    expect(nonEmpty(50).safeParse('赵\u202E强').success).toBe(true);
  });
});
