import { describe, expect, it } from 'vitest';
import type { FilingState } from '../state-machine/states.ts';
import { progressTimeline, type TimelineEvent } from './progress-timeline.ts';

const sh = (local: string) => new Date(`${local}+08:00`);
const iso = (local: string) => sh(local).toISOString();
const DEFAULT_RULES = { bureauReviewWorkingDays: 20 };
const ZHEJIANG = { bureauReviewWorkingDays: 30 };

const ev = (event: string, fromStatus: FilingState | null, toStatus: FilingState, local: string): TimelineEvent => ({
  event,
  fromStatus,
  toStatus,
  at: sh(local),
});

// One straight path through the stages, in November 2026 (no holidays).
const CREATED = ev('create', null, 'DRAFT', '2026-11-02T09:00:00');
const SUBMITTED = ev('submit', 'DRAFT', 'INITIAL_REVIEW', '2026-11-02T10:00:00');
const APPROVED = ev('approve', 'INITIAL_REVIEW', 'PHOTO_PENDING', '2026-11-03T10:00:00');
const PHOTO = ev('submitPhoto', 'PHOTO_PENDING', 'SECOND_REVIEW', '2026-11-04T10:00:00');
const SECOND = ev('approve', 'SECOND_REVIEW', 'BUREAU_SMS', '2026-11-05T10:00:00');
const SMS_OK = ev('smsConfirmed', 'BUREAU_SMS', 'BUREAU_REVIEW', '2026-11-05T12:00:00');
const FILED = ev('bureauApprove', 'BUREAU_REVIEW', 'COMPLETED', '2026-11-10T12:00:00');

const timeline = (status: FilingState, events: TimelineEvent[], now: string, rules = DEFAULT_RULES) =>
  progressTimeline({ status, events, rules, now: sh(now) });
const states = (stages: ReturnType<typeof timeline>) => stages.map((s) => s.state);
const stage = (stages: ReturnType<typeof timeline>, key: string) => {
  const found = stages.find((s) => s.key === key);
  if (!found) throw new Error(`no stage ${key}`);
  return found;
};

describe('progressTimeline', () => {
  it('lists the seven stages in order with their parties', () => {
    const stages = timeline('DRAFT', [CREATED], '2026-11-02T09:30:00');
    expect(stages.map((s) => [s.key, s.party])).toEqual([
      ['APPLICATION', 'APPLICANT'],
      ['INITIAL_REVIEW', 'PROVIDER'],
      ['PHOTO', 'APPLICANT'],
      ['SECOND_REVIEW', 'PROVIDER'],
      ['MIIT_SMS', 'VERIFIERS'],
      ['BUREAU_REVIEW', 'BUREAU'],
      ['COMPLETED', 'BUREAU'],
    ]);
    expect(states(stages)).toEqual(['CURRENT', ...Array(6).fill('UPCOMING')]);
    expect(stage(stages, 'APPLICATION')).toMatchObject({
      startedAt: iso('2026-11-02T09:00:00'),
      endedAt: null,
      expectedBy: null,
      overdue: false,
    });
  });

  it('expects the initial review by the end of the next working day', () => {
    const stages = timeline('INITIAL_REVIEW', [CREATED, SUBMITTED], '2026-11-02T11:00:00');
    expect(states(stages)).toEqual(['DONE', 'CURRENT', ...Array(5).fill('UPCOMING')]);
    expect(stage(stages, 'APPLICATION').endedAt).toBe(iso('2026-11-02T10:00:00'));
    expect(stage(stages, 'INITIAL_REVIEW')).toMatchObject({
      startedAt: iso('2026-11-02T10:00:00'),
      expectedBy: iso('2026-11-04T00:00:00'),
      overdue: false,
    });
  });

  it('marks a review still running after its expected time as overdue', () => {
    const onTime = timeline('INITIAL_REVIEW', [CREATED, SUBMITTED], '2026-11-03T23:59:59');
    const late = timeline('INITIAL_REVIEW', [CREATED, SUBMITTED], '2026-11-04T00:00:00');
    expect(stage(onTime, 'INITIAL_REVIEW').overdue).toBe(false);
    expect(stage(late, 'INITIAL_REVIEW').overdue).toBe(true);
  });

  it('steps over a holiday in the review window', () => {
    const beforeNationalDay = ev('submit', 'DRAFT', 'INITIAL_REVIEW', '2026-09-30T15:00:00');
    const stages = timeline('INITIAL_REVIEW', [CREATED, beforeNationalDay], '2026-10-05T10:00:00');
    // 1 to 7 October are days off: the next working day is Thursday 8 October.
    expect(stage(stages, 'INITIAL_REVIEW')).toMatchObject({ expectedBy: iso('2026-10-09T00:00:00'), overdue: false });
  });

  it('sends an initial rejection back to the application and counts it', () => {
    const rejected = ev('reject', 'INITIAL_REVIEW', 'INITIAL_REJECTED', '2026-11-03T09:00:00');
    const stages = timeline('INITIAL_REJECTED', [CREATED, SUBMITTED, rejected], '2026-11-20T09:00:00');
    expect(states(stages)).toEqual(['RETURNED', ...Array(6).fill('UPCOMING')]);
    expect(stage(stages, 'APPLICATION')).toMatchObject({
      startedAt: iso('2026-11-03T09:00:00'),
      expectedBy: null,
      overdue: false,
      returns: 1,
    });
    // The review keeps its history though it is upcoming again.
    expect(stage(stages, 'INITIAL_REVIEW')).toMatchObject({
      startedAt: iso('2026-11-02T10:00:00'),
      endedAt: iso('2026-11-03T09:00:00'),
    });
  });

  it('restarts the review on resubmission and keeps the count of returns', () => {
    const rejected = ev('reject', 'INITIAL_REVIEW', 'INITIAL_REJECTED', '2026-11-03T09:00:00');
    const resubmitted = ev('resubmit', 'INITIAL_REJECTED', 'INITIAL_REVIEW', '2026-11-06T16:00:00');
    const stages = timeline('INITIAL_REVIEW', [CREATED, SUBMITTED, rejected, resubmitted], '2026-11-06T17:00:00');
    expect(states(stages)).toEqual(['DONE', 'CURRENT', ...Array(5).fill('UPCOMING')]);
    expect(stage(stages, 'APPLICATION').returns).toBe(1);
    // Friday afternoon: due at the end of Monday.
    expect(stage(stages, 'INITIAL_REVIEW')).toMatchObject({
      startedAt: iso('2026-11-06T16:00:00'),
      endedAt: null,
      expectedBy: iso('2026-11-10T00:00:00'),
    });
  });

  it('shows the photo as current with no expectation, then returned after the second review refuses it', () => {
    const pending = timeline('PHOTO_PENDING', [CREATED, SUBMITTED, APPROVED], '2026-11-03T11:00:00');
    expect(states(pending)).toEqual(['DONE', 'DONE', 'CURRENT', ...Array(4).fill('UPCOMING')]);
    expect(stage(pending, 'PHOTO').expectedBy).toBeNull();

    const refused = ev('reject', 'SECOND_REVIEW', 'PHOTO_REJECTED', '2026-11-04T15:00:00');
    const stages = timeline('PHOTO_REJECTED', [CREATED, SUBMITTED, APPROVED, PHOTO, refused], '2026-11-04T16:00:00');
    expect(states(stages)).toEqual(['DONE', 'DONE', 'RETURNED', ...Array(4).fill('UPCOMING')]);
    expect(stage(stages, 'PHOTO')).toMatchObject({ returns: 1, startedAt: iso('2026-11-04T15:00:00') });
    expect(stage(stages, 'SECOND_REVIEW').endedAt).toBe(iso('2026-11-04T15:00:00'));
  });

  it('expects the second review in one working day', () => {
    const stages = timeline('SECOND_REVIEW', [CREATED, SUBMITTED, APPROVED, PHOTO], '2026-11-06T00:00:01');
    expect(states(stages)).toEqual(['DONE', 'DONE', 'DONE', 'CURRENT', 'UPCOMING', 'UPCOMING', 'UPCOMING']);
    expect(stage(stages, 'SECOND_REVIEW')).toMatchObject({ expectedBy: iso('2026-11-06T00:00:00'), overdue: true });
  });

  it('gives the MIIT SMS check 24 hours', () => {
    const events = [CREATED, SUBMITTED, APPROVED, PHOTO, SECOND];
    const stages = timeline('BUREAU_SMS', events, '2026-11-06T09:59:59');
    expect(states(stages)).toEqual(['DONE', 'DONE', 'DONE', 'DONE', 'CURRENT', 'UPCOMING', 'UPCOMING']);
    expect(stage(stages, 'MIIT_SMS')).toMatchObject({ expectedBy: iso('2026-11-06T10:00:00'), overdue: false });
    expect(stage(timeline('BUREAU_SMS', events, '2026-11-06T10:00:00'), 'MIIT_SMS').overdue).toBe(true);
  });

  it('returns a failed check to the provider and restarts the 24 hours on resubmission', () => {
    const failed = ev('smsExpired', 'BUREAU_SMS', 'SMS_FAILED', '2026-11-06T10:00:00');
    const events = [CREATED, SUBMITTED, APPROVED, PHOTO, SECOND, failed];
    const stages = timeline('SMS_FAILED', events, '2026-11-09T10:00:00');
    expect(stage(stages, 'MIIT_SMS')).toMatchObject({
      state: 'RETURNED',
      returns: 1,
      expectedBy: null,
      overdue: false,
    });

    const again = ev('resubmitToBureau', 'SMS_FAILED', 'BUREAU_SMS', '2026-11-09T11:00:00');
    const twice = ev('smsExpired', 'BUREAU_SMS', 'SMS_FAILED', '2026-11-10T11:00:00');
    const third = ev('resubmitToBureau', 'SMS_FAILED', 'BUREAU_SMS', '2026-11-10T14:00:00');
    const later = timeline('BUREAU_SMS', [...events, again, twice, third], '2026-11-10T15:00:00');
    expect(stage(later, 'MIIT_SMS')).toMatchObject({
      state: 'CURRENT',
      startedAt: iso('2026-11-10T14:00:00'),
      expectedBy: iso('2026-11-11T14:00:00'),
      returns: 2,
    });
  });

  it('gives the bureau 20 working days by default and 30 in Zhejiang', () => {
    const events = [CREATED, SUBMITTED, APPROVED, PHOTO, SECOND, SMS_OK];
    const byDefault = timeline('BUREAU_REVIEW', events, '2026-11-06T10:00:00');
    expect(states(byDefault)).toEqual(['DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'CURRENT', 'UPCOMING']);
    // From Thursday 5 November: the 20th working day after is Thursday 3 December.
    expect(stage(byDefault, 'BUREAU_REVIEW').expectedBy).toBe(iso('2026-12-04T00:00:00'));
    const zhejiang = timeline('BUREAU_REVIEW', events, '2026-11-06T10:00:00', ZHEJIANG);
    expect(stage(zhejiang, 'BUREAU_REVIEW').expectedBy).toBe(iso('2026-12-18T00:00:00'));
    expect(stage(timeline('BUREAU_REVIEW', events, '2026-12-10T10:00:00', ZHEJIANG), 'BUREAU_REVIEW').overdue).toBe(
      false,
    );
    expect(stage(timeline('BUREAU_REVIEW', events, '2026-12-10T10:00:00'), 'BUREAU_REVIEW').overdue).toBe(true);
  });

  it('sends a bureau rejection back to the application; later stages are upcoming with their history', () => {
    const refused = ev('bureauReject', 'BUREAU_REVIEW', 'BUREAU_REJECTED', '2026-11-10T12:00:00');
    const events = [CREATED, SUBMITTED, APPROVED, PHOTO, SECOND, SMS_OK, refused];
    const stages = timeline('BUREAU_REJECTED', events, '2026-11-11T12:00:00');
    expect(states(stages)).toEqual(['RETURNED', ...Array(6).fill('UPCOMING')]);
    expect(stage(stages, 'APPLICATION')).toMatchObject({ returns: 1, startedAt: iso('2026-11-10T12:00:00') });
    expect(stage(stages, 'BUREAU_REVIEW')).toMatchObject({
      startedAt: iso('2026-11-05T12:00:00'),
      endedAt: iso('2026-11-10T12:00:00'),
      expectedBy: null,
      overdue: false,
    });
    expect(stage(stages, 'PHOTO').endedAt).toBe(iso('2026-11-04T10:00:00'));
  });

  it('marks every stage done once the bureau approved', () => {
    const stages = timeline('COMPLETED', [CREATED, SUBMITTED, APPROVED, PHOTO, SECOND, SMS_OK, FILED], '2027-06-01');
    expect(states(stages)).toEqual(Array(7).fill('DONE'));
    expect(stage(stages, 'COMPLETED')).toMatchObject({
      startedAt: iso('2026-11-10T12:00:00'),
      endedAt: iso('2026-11-10T12:00:00'),
      overdue: false,
    });
    expect(stage(stages, 'BUREAU_REVIEW').endedAt).toBe(iso('2026-11-10T12:00:00'));
    expect(stages.every((s) => s.expectedBy === null)).toBe(true);
  });

  it('shows where an abandoned filing stopped, with no expectation', () => {
    const abandoned = ev('abandon', 'INITIAL_REVIEW', 'ABANDONED', '2026-11-02T11:00:00');
    const stages = timeline('ABANDONED', [CREATED, SUBMITTED, abandoned], '2026-12-01T11:00:00');
    expect(states(stages)).toEqual(['DONE', 'CURRENT', ...Array(5).fill('UPCOMING')]);
    expect(stage(stages, 'INITIAL_REVIEW')).toMatchObject({
      endedAt: iso('2026-11-02T11:00:00'),
      expectedBy: null,
      overdue: false,
    });
  });

  it('reads events in time order whatever order they come in', () => {
    const stages = timeline('PHOTO_PENDING', [APPROVED, CREATED, SUBMITTED], '2026-11-03T11:00:00');
    expect(stage(stages, 'INITIAL_REVIEW')).toMatchObject({
      startedAt: iso('2026-11-02T10:00:00'),
      endedAt: iso('2026-11-03T10:00:00'),
    });
  });
});
