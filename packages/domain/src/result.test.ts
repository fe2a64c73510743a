import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from './result.ts';

describe('Result', () => {
  it('carries a value, and warnings only when there are some', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    expect(ok(42, [])).not.toHaveProperty('warnings');
    expect(ok('x', ['USCC_CHECKSUM'])).toEqual({ ok: true, value: 'x', warnings: ['USCC_CHECKSUM'] });
    expect(ok()).toEqual({ ok: true, value: undefined });
  });

  it('narrows on ok', () => {
    const r: Result<number> = Math.random() > 2 ? ok(1) : fail('NOPE');
    expect(r.ok ? r.value : r.reason).toBe('NOPE');
  });
});
