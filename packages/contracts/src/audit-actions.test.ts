// The audit catalogue: one name per action, every event of the state machine as filing.<event>, and the filter's
// refusal of a name outside it.
import { FILING_EVENTS } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { AuditLogQuerySchema } from './admin.ts';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS } from './audit-actions.ts';

describe('the audit action catalogue', () => {
  it('lists each name once, with a filing.<event> for every event of the state machine', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(AUDIT_ACTION_GROUPS.filings).toEqual(FILING_EVENTS.map((event) => `filing.${event}`));
    expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(['curtain.export', 'audit.export', 'review.assign']));
  });

  it('filters by one action or several, and refuses a name outside the catalogue with the list', () => {
    expect(AuditLogQuerySchema.parse({ action: 'rules.publish' }).action).toEqual(['rules.publish']);
    expect(AuditLogQuerySchema.parse({ action: ['rules.publish', 'filing.submit'] }).action).toEqual([
      'rules.publish',
      'filing.submit',
    ]);
    const refused = AuditLogQuerySchema.safeParse({ action: ['rules.publish', 'rules.delete'] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('Known actions: filing.submit');
  });

  it('takes Beijing dates with the start not after the end', () => {
    expect(AuditLogQuerySchema.safeParse({ from: '2026-11-29', to: '2026-11-29' }).success).toBe(true);
    expect(AuditLogQuerySchema.safeParse({ from: '2026-11-30', to: '2026-11-29' }).success).toBe(false);
    expect(AuditLogQuerySchema.safeParse({ from: '2026-02-30' }).success).toBe(false);
  });
});
