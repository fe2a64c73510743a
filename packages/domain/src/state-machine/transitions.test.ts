import { describe, expect, it } from 'vitest';
import { ACTOR_ROLES, FILING_EVENTS, FILING_STATES } from './states.ts';
import { availableEvents, findTransition, TRANSITIONS, transition } from './transitions.ts';

// Written out by hand from the transition table in docs/design.md §4.2, on purpose not derived from TRANSITIONS.
// Key: "STATE event"; value: [next state, roles allowed]. Every pair not listed is illegal.
const R = ['REVIEWER', 'ADMIN'];
const PRE_BUREAU = ['DRAFT', 'INITIAL_REVIEW', 'INITIAL_REJECTED', 'PHOTO_PENDING', 'SECOND_REVIEW', 'PHOTO_REJECTED'];
const EXPECTED: Record<string, [string, string[]]> = {
  'DRAFT submit': ['INITIAL_REVIEW', ['APPLICANT']],
  'INITIAL_REVIEW withdraw': ['DRAFT', ['APPLICANT']],
  'INITIAL_REVIEW approve': ['PHOTO_PENDING', R],
  'INITIAL_REVIEW reject': ['INITIAL_REJECTED', R],
  'INITIAL_REJECTED resubmit': ['INITIAL_REVIEW', ['APPLICANT']],
  'PHOTO_PENDING submitPhoto': ['SECOND_REVIEW', ['APPLICANT', 'OPERATOR']],
  'PHOTO_REJECTED submitPhoto': ['SECOND_REVIEW', ['APPLICANT', 'OPERATOR']],
  'SECOND_REVIEW approve': ['BUREAU_SMS', R],
  'SECOND_REVIEW reject': ['PHOTO_REJECTED', R],
  'BUREAU_SMS smsConfirmed': ['BUREAU_REVIEW', ['SYSTEM']],
  'BUREAU_SMS smsExpired': ['SMS_FAILED', ['SYSTEM']],
  'SMS_FAILED resubmitToBureau': ['BUREAU_SMS', R],
  'BUREAU_REVIEW bureauApprove': ['COMPLETED', ['SYSTEM']],
  'BUREAU_REVIEW bureauReject': ['BUREAU_REJECTED', ['SYSTEM']],
  'BUREAU_REJECTED resubmit': ['INITIAL_REVIEW', ['APPLICANT']],
  ...Object.fromEntries(PRE_BUREAU.map((s) => [`${s} abandon`, ['ABANDONED', ['APPLICANT']]])),
  ...Object.fromEntries(PRE_BUREAU.map((s) => [`${s} expire`, ['EXPIRED', ['SYSTEM']]])),
};

const cases = FILING_STATES.flatMap((state) =>
  FILING_EVENTS.flatMap((event) => ACTOR_ROLES.map((role) => ({ state, event, role }))),
);

describe('transition over every state × event × role', () => {
  it('covers all 845 combinations', () => {
    expect(cases).toHaveLength(13 * 13 * 5);
  });

  it.each(cases)('$state --$event--> as $role', ({ state, event, role }) => {
    const expected = EXPECTED[`${state} ${event}`];
    const result = transition(state, event, role);
    if (!expected) expect(result).toEqual({ ok: false, reason: 'ILLEGAL_TRANSITION' });
    else if (!expected[1].includes(role)) expect(result).toEqual({ ok: false, reason: 'ROLE_NOT_ALLOWED' });
    else expect(result).toEqual({ ok: true, value: expected[0] });
  });
});

describe('availableEvents', () => {
  it('offers the applicant submit and abandon on a draft', () => {
    expect(availableEvents('DRAFT', 'APPLICANT')).toEqual(['submit', 'abandon']);
  });

  it('offers reviewers and admins the same decisions in a review queue', () => {
    expect(availableEvents('INITIAL_REVIEW', 'REVIEWER')).toEqual(['approve', 'reject']);
    expect(availableEvents('SECOND_REVIEW', 'ADMIN')).toEqual(['approve', 'reject']);
  });

  it('offers nothing in a terminal state', () => {
    for (const role of ACTOR_ROLES) expect(availableEvents('COMPLETED', role)).toEqual([]);
  });

  it('lets the operator only upload photos', () => {
    const operatorEvents = FILING_STATES.flatMap((s) => availableEvents(s, 'OPERATOR'));
    expect(new Set(operatorEvents)).toEqual(new Set(['submitPhoto']));
  });
});

describe('the table itself', () => {
  it('never has two rows for one state and event', () => {
    const keys = TRANSITIONS.flatMap((t) => t.from.map((f) => `${f} ${t.event}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names the data guards the service must run', () => {
    expect(findTransition('INITIAL_REVIEW', 'reject')?.guards).toEqual(['leaseHeld', 'rejectionReasons']);
    expect(findTransition('BUREAU_REJECTED', 'resubmit')?.guards).toEqual([
      'editedSinceRejection',
      'submissionComplete',
    ]);
    expect(findTransition('COMPLETED', 'abandon')).toBeUndefined();
  });
});
