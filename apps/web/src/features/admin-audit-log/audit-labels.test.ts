// Every action and record type of the audit catalogue reads as words in every language the console speaks.
import { AUDIT_ACTION_GROUP_NAMES, AUDIT_ACTIONS, AUDIT_TARGET_TYPES, LOCALES } from '@beian/contracts';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources.ts';

/** The string at a dotted key, or undefined. */
function at(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe.each(LOCALES)('audit log labels in %s', (locale) => {
  const messages = resources[locale].translation;

  it('name every action of the catalogue', () => {
    const missing = AUDIT_ACTIONS.filter(
      (action) => typeof at(messages, `adminAuditLog.actions.${action}`) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('name every group and every record type', () => {
    for (const group of AUDIT_ACTION_GROUP_NAMES) {
      expect(typeof at(messages, `adminAuditLog.groups.${group}`), group).toBe('string');
    }
    for (const type of AUDIT_TARGET_TYPES) {
      expect(typeof at(messages, `adminAuditLog.targetTypes.${type}`), type).toBe('string');
    }
  });
});
