import type { RejectionReason } from '@beian/contracts';
import { describe, expect, it } from 'vitest';
import type { ActorRole, FilingStatus } from '../../generated/prisma/client.ts';
import { type HistoryEvent, toFilingHistory } from './filing-history.ts';

let minute = 0;
/** Each event one minute after the previous one. */
const ev = (
  event: string,
  fromStatus: FilingStatus | null,
  toStatus: FilingStatus,
  actorRole: ActorRole,
  payload: HistoryEvent['payload'] = {},
): HistoryEvent => {
  minute += 1;
  return { event, fromStatus, toStatus, actorRole, payload, at: new Date(Date.UTC(2026, 11, 3, 2, minute)) };
};
const iso = (e: HistoryEvent) => e.at.toISOString();

const reason: RejectionReason = {
  field: 'subject.mailingAddress',
  code: 'MAILING_ADDRESS_INCOMPLETE',
  message: '通信地址不详细。',
  suggestion: '写到门牌号。',
};

describe('toFilingHistory', () => {
  it('numbers the initial rounds and closes each with its decision and a rejection’s reasons', () => {
    const submit = ev('submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT');
    const reject = ev('reject', 'INITIAL_REVIEW', 'INITIAL_REJECTED', 'REVIEWER', { reasons: [reason] });
    const resubmit = ev('resubmit', 'INITIAL_REJECTED', 'INITIAL_REVIEW', 'APPLICANT');
    const approve = ev('approve', 'INITIAL_REVIEW', 'PHOTO_PENDING', 'ADMIN');
    const { rounds } = toFilingHistory([ev('create', null, 'DRAFT', 'APPLICANT'), submit, reject, resubmit, approve]);
    expect(rounds).toEqual([
      {
        stage: 'INITIAL',
        round: 1,
        submittedAt: iso(submit),
        outcome: 'REJECTED',
        decidedAt: iso(reject),
        reasons: [reason],
      },
      {
        stage: 'INITIAL',
        round: 2,
        submittedAt: iso(resubmit),
        outcome: 'APPROVED',
        decidedAt: iso(approve),
        reasons: [],
      },
    ]);
  });

  it.each([
    ['withdraw', 'DRAFT', 'WITHDRAWN'],
    ['abandon', 'ABANDONED', 'WITHDRAWN'],
  ] as const)('ends a round left by %s as %s', (event, to, outcome) => {
    const leave = ev(event, 'INITIAL_REVIEW', to, 'APPLICANT');
    const { rounds } = toFilingHistory([ev('submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT'), leave]);
    expect(rounds).toEqual([expect.objectContaining({ outcome, decidedAt: iso(leave), reasons: [] })]);
  });

  it('leaves the running round pending', () => {
    const { rounds } = toFilingHistory([ev('submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT')]);
    expect(rounds).toEqual([expect.objectContaining({ round: 1, outcome: 'PENDING', decidedAt: null })]);
  });

  it('has no rounds for a draft never submitted', () => {
    expect(toFilingHistory([ev('create', null, 'DRAFT', 'APPLICANT')]).rounds).toEqual([]);
  });

  it('shows a rejection whose stored payload no longer parses, without reasons', () => {
    const { rounds } = toFilingHistory([
      ev('submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT'),
      ev('reject', 'INITIAL_REVIEW', 'INITIAL_REJECTED', 'REVIEWER', { reasons: [{ field: 'nowhere' }] }),
    ]);
    expect(rounds).toEqual([expect.objectContaining({ outcome: 'REJECTED', reasons: [] })]);
  });

  it('counts the second review apart, by the state it leaves', () => {
    const photo = ev('submitPhoto', 'PHOTO_PENDING', 'SECOND_REVIEW', 'OPERATOR');
    const reject = ev('reject', 'SECOND_REVIEW', 'PHOTO_REJECTED', 'REVIEWER', { reasons: [reason] });
    const again = ev('submitPhoto', 'PHOTO_REJECTED', 'SECOND_REVIEW', 'APPLICANT');
    const approve = ev('approve', 'SECOND_REVIEW', 'BUREAU_SMS', 'REVIEWER');
    const { rounds } = toFilingHistory([
      ev('submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT'),
      ev('approve', 'INITIAL_REVIEW', 'PHOTO_PENDING', 'REVIEWER'),
      photo,
      reject,
      again,
      approve,
    ]);
    expect(rounds.map((r) => [r.stage, r.round, r.outcome])).toEqual([
      ['INITIAL', 1, 'APPROVED'],
      ['SECOND', 1, 'REJECTED'],
      ['SECOND', 2, 'APPROVED'],
    ]);
    expect(rounds[1]).toMatchObject({ submittedAt: iso(photo), decidedAt: iso(reject), reasons: [reason] });
  });

  it('starts a new initial round when a bureau rejection is resubmitted', () => {
    const { rounds } = toFilingHistory([
      ev('submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT'),
      ev('approve', 'INITIAL_REVIEW', 'PHOTO_PENDING', 'REVIEWER'),
      ev('submitPhoto', 'PHOTO_PENDING', 'SECOND_REVIEW', 'APPLICANT'),
      ev('approve', 'SECOND_REVIEW', 'BUREAU_SMS', 'REVIEWER'),
      ev('smsConfirmed', 'BUREAU_SMS', 'BUREAU_REVIEW', 'SYSTEM'),
      ev('bureauReject', 'BUREAU_REVIEW', 'BUREAU_REJECTED', 'SYSTEM'),
      ev('resubmit', 'BUREAU_REJECTED', 'INITIAL_REVIEW', 'APPLICANT'),
    ]);
    expect(rounds.map((r) => [r.stage, r.round, r.outcome])).toEqual([
      ['INITIAL', 1, 'APPROVED'],
      ['SECOND', 1, 'APPROVED'],
      ['INITIAL', 2, 'PENDING'],
    ]);
  });

  it('lists every change oldest first, naming the party that acted and no one in it', () => {
    const events = [
      ev('create', null, 'DRAFT', 'APPLICANT'),
      ev('submit', 'DRAFT', 'INITIAL_REVIEW', 'APPLICANT'),
      ev('approve', 'INITIAL_REVIEW', 'PHOTO_PENDING', 'REVIEWER'),
      ev('submitPhoto', 'PHOTO_PENDING', 'SECOND_REVIEW', 'OPERATOR'),
      ev('approve', 'SECOND_REVIEW', 'BUREAU_SMS', 'ADMIN'),
      ev('smsConfirmed', 'BUREAU_SMS', 'BUREAU_REVIEW', 'SYSTEM'),
      ev('bureauApprove', 'BUREAU_REVIEW', 'COMPLETED', 'SYSTEM'),
    ];
    const history = toFilingHistory(events);
    expect(history.events.map((e) => [e.event, e.actor])).toEqual([
      ['create', 'APPLICANT'],
      ['submit', 'APPLICANT'],
      ['approve', 'PROVIDER'],
      ['submitPhoto', 'PROVIDER'],
      ['approve', 'PROVIDER'],
      ['smsConfirmed', 'BUREAU'],
      ['bureauApprove', 'BUREAU'],
    ]);
    expect(history.events[0]).toEqual({
      event: 'create',
      fromStatus: null,
      toStatus: 'DRAFT',
      actor: 'APPLICANT',
      at: iso(events[0] as HistoryEvent),
    });
  });

  it('tells a system event as the system’s', () => {
    const { events } = toFilingHistory([ev('expire', 'DRAFT', 'EXPIRED', 'SYSTEM')]);
    expect(events.map((e) => e.actor)).toEqual(['SYSTEM']);
  });
});
