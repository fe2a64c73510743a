import { describe, expect, it } from 'vitest';
import {
  FILING_STATES,
  isActorRole,
  isEditableState,
  isFilingEvent,
  isFilingState,
  isHandedOver,
  isPhotoState,
  isPreBureauState,
  isTerminalState,
  PRE_BUREAU_STATES,
  reviewStage,
} from './states.ts';

describe('filing states', () => {
  it('lists the 13 states in the order of the database enum', () => {
    expect(FILING_STATES).toEqual([
      'DRAFT',
      'INITIAL_REVIEW',
      'INITIAL_REJECTED',
      'PHOTO_PENDING',
      'SECOND_REVIEW',
      'PHOTO_REJECTED',
      'BUREAU_SMS',
      'SMS_FAILED',
      'BUREAU_REVIEW',
      'BUREAU_REJECTED',
      'COMPLETED',
      'ABANDONED',
      'EXPIRED',
    ]);
  });

  it('treats exactly the states before BUREAU_SMS as pre-bureau', () => {
    expect(PRE_BUREAU_STATES).toEqual(FILING_STATES.slice(0, FILING_STATES.indexOf('BUREAU_SMS')));
    expect(isPreBureauState('PHOTO_REJECTED')).toBe(true);
    expect(isPreBureauState('SMS_FAILED')).toBe(false);
  });

  it('allows info edits only in draft and the two rejected states that send the applicant back', () => {
    expect(FILING_STATES.filter(isEditableState)).toEqual(['DRAFT', 'INITIAL_REJECTED', 'BUREAU_REJECTED']);
    expect(FILING_STATES.filter(isPhotoState)).toEqual(['PHOTO_PENDING', 'PHOTO_REJECTED']);
    expect(FILING_STATES.filter(isTerminalState)).toEqual(['COMPLETED', 'ABANDONED', 'EXPIRED']);
  });

  it('maps states to their review stage', () => {
    expect(reviewStage('DRAFT')).toBeNull();
    expect(reviewStage('INITIAL_REJECTED')).toBe('INITIAL');
    expect(reviewStage('PHOTO_PENDING')).toBe('SECOND');
    expect(reviewStage('SMS_FAILED')).toBe('BUREAU');
    expect(reviewStage('EXPIRED')).toBeNull();
  });

  it('recognises values read from the database or a request', () => {
    expect(isFilingState('BUREAU_SMS')).toBe(true);
    expect(isFilingState('bureau_sms')).toBe(false);
    expect(isFilingEvent('submitPhoto')).toBe(true);
    expect(isFilingEvent('delete')).toBe(false);
    expect(isActorRole('SYSTEM')).toBe(true);
    expect(isActorRole('ROOT')).toBe(false);
  });
});

describe('isHandedOver', () => {
  const live = FILING_STATES.filter((s) => s !== 'DRAFT' && s !== 'ABANDONED' && s !== 'EXPIRED');

  it('keeps a draft from staff, whether it was never submitted or was withdrawn', () => {
    expect(isHandedOver('DRAFT', null)).toBe(false);
  });

  it.each(live)('shows a filing in %s', (state) => {
    expect(isHandedOver(state, null)).toBe(true);
  });

  it.each(['ABANDONED', 'EXPIRED'] as const)(
    'shows a filing %s after a submission, never one that ended as a draft',
    (end) => {
      for (const from of live) expect(isHandedOver(end, from), from).toBe(true);
      expect(isHandedOver(end, 'DRAFT')).toBe(false);
      expect(isHandedOver(end, null)).toBe(false);
    },
  );
});
