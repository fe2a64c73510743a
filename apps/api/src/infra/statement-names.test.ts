import { describe, expect, it } from 'vitest';
import { createStatementNames, isStalePreparedStatement, isUnkeptPreparedStatement } from './statement-names.ts';

describe('statement names', () => {
  it('gives a text one name for good and each other text its own', () => {
    const names = createStatementNames(10);
    const a = names.nameOf('SELECT 1');
    const b = names.nameOf('SELECT 2');
    expect(a).toBeDefined();
    expect(b).not.toBe(a);
    expect(names.nameOf('SELECT 1')).toBe(a);
  });

  it('never gives a name of one pool to another, so no pool runs a statement another pool prepared', () => {
    const one = createStatementNames(10);
    const two = createStatementNames(10);
    expect(one.nameOf('SELECT 1')).not.toBe(two.nameOf('SELECT 1'));
    expect(one.nameOf('SELECT 2')).not.toBe(two.nameOf('SELECT 2'));
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

  it('names nothing once stopped, renewed or not, and says so the first time only', () => {
    const names = createStatementNames(10);
    expect(names.nameOf('SELECT 1')).toBeDefined();
    expect(names.stop()).toBe(true);
    expect(names.stop()).toBe(false);
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    names.renew();
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    expect(names.nameOf('SELECT 2')).toBeUndefined();
  });

  it('knows a statement missing from the connection or already there under its name, and nothing else', () => {
    expect(isUnkeptPreparedStatement({ code: '26000', message: 'prepared statement "beian_0_1" does not exist' })).toBe(
      true,
    );
    expect(isUnkeptPreparedStatement({ code: '42P05', message: 'prepared statement "beian_0_1" already exists' })).toBe(
      true,
    );
    expect(isUnkeptPreparedStatement({ code: '42P01', message: 'relation "x" does not exist' })).toBe(false);
    expect(isUnkeptPreparedStatement({ code: '0A000', message: 'cached plan must not change result type' })).toBe(
      false,
    );
    expect(isUnkeptPreparedStatement(new Error('prepared statement "beian_0_1" does not exist'))).toBe(false);
    expect(isUnkeptPreparedStatement(undefined)).toBe(false);
  });
});
