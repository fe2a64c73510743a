import { describe, expect, it } from 'vitest';
import { validateOpeningHours } from './opening-hours.ts';

describe('validateOpeningHours', () => {
  it.each([
    ['周一至周五 09:00-17:30', [{ from: 540, to: 1050 }]],
    ['周一至周六 09:00-18:00（法定节假日除外）', [{ from: 540, to: 1080 }]],
    ['9:00～17:30', [{ from: 540, to: 1050 }]],
    ['工作日 09：00 至 17：30', [{ from: 540, to: 1050 }]],
    [
      '周一至周五 08:30—12:00，13:30-17:00',
      [
        { from: 510, to: 720 },
        { from: 810, to: 1020 },
      ],
    ],
    ['每天 00:00-24:00', [{ from: 0, to: 1440 }]],
  ])('reads the ranges of %s', (input, ranges) => {
    expect(validateOpeningHours(input)).toEqual({ ok: true, value: ranges });
  });

  it('refuses an empty text', () => {
    expect(validateOpeningHours('  ')).toEqual({ ok: false, reason: 'HOURS_EMPTY' });
  });

  it('refuses a text longer than 100 characters', () => {
    expect(validateOpeningHours(`09:00-17:30 ${'周'.repeat(89)}`)).toEqual({ ok: false, reason: 'HOURS_TOO_LONG' });
    expect(validateOpeningHours(`09:00-17:30 ${'周'.repeat(88)}`).ok).toBe(true);
  });

  it.each(['工作日上午', '周一至周五 9点到5点', '09:00', '0900-1730'])('refuses %s without a time range', (input) => {
    expect(validateOpeningHours(input)).toEqual({ ok: false, reason: 'HOURS_NO_TIME_RANGE' });
  });

  it.each(['25:00-26:00', '09:60-17:30', '09:00-24:30'])('refuses %s with a time that does not exist', (input) => {
    expect(validateOpeningHours(input)).toEqual({ ok: false, reason: 'HOURS_TIME_INVALID' });
  });

  it.each(['17:30-09:00', '09:00-09:00'])('refuses %s ending before it starts', (input) => {
    expect(validateOpeningHours(input)).toEqual({ ok: false, reason: 'HOURS_RANGE_BACKWARDS' });
  });
});
