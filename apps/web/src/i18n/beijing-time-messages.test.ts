// Times in the console's messages, in both languages: the same year-first Beijing reading (docs/design.md), with
// the zone named, whatever zone the reader's machine is in.
import { formatBeijing } from '@beian/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';

// 00:25 on 3 December in Beijing, still 2 December in UTC and in New York.
const JUST_AFTER_MIDNIGHT = '2026-12-02T16:25:00.000Z';
// Midnight starting 8 December in Beijing: a deadline then is the end of 7 December.
const MIDNIGHT_DEADLINE = '2026-12-07T16:00:00.000Z';

const originalTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'America/New_York';
});
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('Beijing times in messages', () => {
  it('reads a time just after midnight in Beijing as that day, in both languages', () => {
    expect(new Date(JUST_AFTER_MIDNIGHT).getDate()).toBe(2);
    const time = formatBeijing(JUST_AFTER_MIDNIGHT);
    expect(i18n.t('notifications.item.received', { time, lng: 'zh-CN' })).toBe('收到于 2026-12-03 00:25（北京时间）');
    expect(i18n.t('notifications.item.received', { time, lng: 'en-US' })).toBe(
      'Received 2026-12-03 00:25 (Beijing time)',
    );
  });

  it('writes a deadline at midnight as 24:00 of the day that ends, in both languages', () => {
    const due = formatBeijing(MIDNIGHT_DEADLINE, 'dateTime', { deadline: true });
    expect(i18n.t('submission.done.due', { due, lng: 'zh-CN' })).toBe(
      '初审结果预计在 2026-12-07 24:00（北京时间）前通知您。',
    );
    expect(i18n.t('submission.done.due', { due, lng: 'en-US' })).toBe(
      'You will hear the result of the initial review by 2026-12-07 24:00 (Beijing time).',
    );
  });

  it('names the zone where the review consoles show a claim or a history entry', () => {
    const at = formatBeijing(JUST_AFTER_MIDNIGHT);
    expect(i18n.t('history.submittedAt', { at, lng: 'en-US' })).toBe('Submitted 2026-12-03 00:25 (Beijing time)');
    expect(i18n.t('reviewFiling.resubmission.rejectedAt', { at, lng: 'zh-CN' })).toBe(
      '上一轮于 2026-12-03 00:25（北京时间）驳回，理由：',
    );
    expect(i18n.t('filing.list.updatedAt', { lng: 'en-US' })).toBe('Updated (Beijing time)');
  });
});
