import { describe, expect, it } from 'vitest';
import { createStatementNames, isStalePreparedStatement } from './statement-names.ts';

describe('statement names', () => {
  it('gives a text one name for good and each other text its own', () => {
    const names = createStatementNames(10);
    const a = names.nameOf('SELECT 1');
    const b = names.nameOf('SELECT 2');
    expect(a).toBeDefined();
    expect(b).not.toBe(a);
    expect(names.nameOf('SELECT 1')).toBe(a);
  });

  it('runs texts past the limit unnamed while the named ones keep their names', () => {
    const names = createStatementNames(2);
    const first = names.nameOf('SELECT 1');
    names.nameOf('SELECT 2');
    expect(names.nameOf('SELECT 3')).toBeUndefined();
    expect(names.nameOf('SELECT 3')).toBeUndefined();
    expect(names.nameOf('SELECT 1')).toBe(first);
  });

  it('names every text afresh after renew, never reusing a name given before', () => {
    const names = createStatementNames(2);
    const before = [names.nameOf('SELECT 1'), names.nameOf('SELECT 2')];
    names.renew();
    const after = [names.nameOf('SELECT 2'), names.nameOf('SELECT 1'), names.nameOf('SELECT 3')];
    expect(after[0]).toBeDefined();
    expect(after[1]).toBeDefined();
    expect(after[2]).toBeUndefined();
    for (const name of after) expect(before).not.toContain(name);
  });

  it('knows PostgreSQL refusing a statement whose rows changed shape, and nothing else', () => {
    expect(isStalePreparedStatement({ code: '0A000', message: 'cached plan must not change result type' })).toBe(true);
    expect(isStalePreparedStatement({ code: '0A000', message: 'feature not supported' })).toBe(false);
    expect(isStalePreparedStatement({ code: '42P01', message: 'cached plan must not change result type' })).toBe(false);
    expect(isStalePreparedStatement(new Error('cached plan must not change result type'))).toBe(false);
    expect(isStalePreparedStatement(undefined)).toBe(false);
  });
});
