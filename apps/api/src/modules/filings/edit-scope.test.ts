import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { assertWithinScope, changedPaths } from './edit-scope.ts';

describe('changedPaths', () => {
  it('names the leaves that differ, and a whole entry that appears or goes', () => {
    const before = { subject: { mobile: '1', name: 'a' }, sites: { s1: { confirmed: true } } };
    const after = { subject: { mobile: '2', name: 'a' }, sites: { s2: { confirmed: true } } };
    expect(changedPaths('f', before, after)).toEqual(['f.subject.mobile', 'f.sites.s1', 'f.sites.s2']);
  });
});

describe('assertWithinScope', () => {
  it('lets everything through an open scope', () => {
    expect(() => assertWithinScope('ALL', ['subject.principal.mobile'])).not.toThrow();
  });

  it('lets fields named by the scope (or under a named parent) through and refuses the rest by path', () => {
    const scope = new Set(['subject.principal', 'websites.x-1.cloudService']);
    expect(() =>
      assertWithinScope(scope, ['subject.principal.mobile', 'websites.x-1.cloudService.kind']),
    ).not.toThrow();
    try {
      assertWithinScope(scope, ['subject.mailingAddress', 'subject.principal.email']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('FIELD_NOT_EDITABLE');
      expect((error as AppError).extra.errors?.map((e) => e.path)).toEqual(['subject.mailingAddress']);
    }
  });
});
