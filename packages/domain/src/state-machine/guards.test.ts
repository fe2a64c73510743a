import { describe, expect, it } from 'vitest';
import {
  checkBureauReason,
  checkEditedSinceRejection,
  checkLeaseHeld,
  checkNotClaimed,
  checkRejectionReasons,
  checkSmsAllConfirmed,
  checkSmsWindowClosed,
  checkSubmissionComplete,
} from './guards.ts';

const now = new Date('2026-11-29T10:00:00+08:00');
const later = new Date('2026-11-29T10:15:00+08:00');
const earlier = new Date('2026-11-29T09:45:00+08:00');

describe('checkSubmissionComplete', () => {
  const complete = {
    missingFields: [],
    requiredMaterials: ['SUBJECT_CERT', 'VERIFICATION_SHEET'],
    uploadedMaterials: ['VERIFICATION_SHEET', 'SUBJECT_CERT', 'EXTRA'],
    agreementAccepted: true,
  };

  it('passes with all info, materials and the agreement', () => {
    expect(checkSubmissionComplete(complete)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    [{ missingFields: ['subject.mailingAddress'] }, 'SUBMISSION_INFO_INCOMPLETE'],
    [{ uploadedMaterials: ['SUBJECT_CERT'] }, 'SUBMISSION_MATERIALS_INCOMPLETE'],
    [{ agreementAccepted: false }, 'SUBMISSION_AGREEMENT_MISSING'],
  ])('fails when %o', (patch, reason) => {
    expect(checkSubmissionComplete({ ...complete, ...patch })).toEqual({ ok: false, reason });
  });
});

describe('leases', () => {
  const lease = { holderId: 'rev-1', expiresAt: later };

  it('lets the applicant withdraw while unclaimed or after the claim lapsed', () => {
    expect(checkNotClaimed({ lease: null, now }).ok).toBe(true);
    expect(checkNotClaimed({ lease: { ...lease, expiresAt: earlier }, now }).ok).toBe(true);
    expect(checkNotClaimed({ lease, now })).toEqual({ ok: false, reason: 'WITHDRAW_CLAIMED' });
  });

  it('lets only the holder of a live lease decide', () => {
    expect(checkLeaseHeld({ lease, actorId: 'rev-1', now }).ok).toBe(true);
    expect(checkLeaseHeld({ lease, actorId: 'rev-2', now })).toEqual({ ok: false, reason: 'LEASE_NOT_HELD' });
    expect(checkLeaseHeld({ lease: null, actorId: 'rev-1', now })).toEqual({ ok: false, reason: 'LEASE_NOT_HELD' });
    expect(checkLeaseHeld({ lease: { ...lease, expiresAt: now }, actorId: 'rev-1', now })).toEqual({
      ok: false,
      reason: 'LEASE_EXPIRED',
    });
  });
});

describe('rejection reasons', () => {
  const reason = { field: 'website.name', code: 'NAME_TOO_SHORT', message: '网站名称至少 3 个汉字' };

  it('needs at least one complete field-level reason', () => {
    expect(checkRejectionReasons([reason]).ok).toBe(true);
    expect(checkRejectionReasons([])).toEqual({ ok: false, reason: 'REJECTION_REASONS_REQUIRED' });
    expect(checkRejectionReasons([reason, { ...reason, field: ' ' }])).toEqual({
      ok: false,
      reason: 'REJECTION_REASON_INCOMPLETE',
    });
    expect(checkRejectionReasons([{ ...reason, message: '' }]).ok).toBe(false);
  });

  it('needs the bureau reason text', () => {
    expect(checkBureauReason('域名注册人与主办单位不一致').ok).toBe(true);
    expect(checkBureauReason('  ')).toEqual({ ok: false, reason: 'BUREAU_REASON_REQUIRED' });
  });

  it('needs an edit after a bureau rejection', () => {
    expect(checkEditedSinceRejection({ rejectedAt: now, lastEditedAt: later }).ok).toBe(true);
    expect(checkEditedSinceRejection({ rejectedAt: now, lastEditedAt: earlier })).toEqual({
      ok: false,
      reason: 'NO_EDITS_SINCE_REJECTION',
    });
    expect(checkEditedSinceRejection({ rejectedAt: now, lastEditedAt: null }).ok).toBe(false);
  });
});

describe('MIIT SMS check', () => {
  const sentAt = new Date('2026-11-28T10:00:00+08:00');

  it('confirms only when every verifier is done', () => {
    expect(checkSmsAllConfirmed([{ confirmed: true }, { confirmed: true }]).ok).toBe(true);
    expect(checkSmsAllConfirmed([{ confirmed: true }, { confirmed: false }])).toEqual({
      ok: false,
      reason: 'SMS_VERIFIERS_PENDING',
    });
    expect(checkSmsAllConfirmed([]).ok).toBe(false);
  });

  it('expires after exactly 24 hours or at the 6th wrong code', () => {
    const justBefore = new Date(now.getTime() - 1);
    expect(checkSmsWindowClosed({ sentAt, now: justBefore, wrongCodes: 5 })).toEqual({
      ok: false,
      reason: 'SMS_WINDOW_OPEN',
    });
    expect(checkSmsWindowClosed({ sentAt, now, wrongCodes: 0 }).ok).toBe(true);
    expect(checkSmsWindowClosed({ sentAt, now: sentAt, wrongCodes: 6 }).ok).toBe(true);
  });
});
