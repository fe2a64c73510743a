// Counts are worded through i18next's plural forms (`_one`, `_other` with `count`), never by gluing a number to a
// fixed noun: "1 month" and "3 months" in English, the one form in Chinese.
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../components/sla/duration.ts';
import { i18n } from './i18n.ts';
import { resources } from './resources.ts';

const en = i18n.getFixedT('en-US');
const zh = i18n.getFixedT('zh-CN');

describe('plurals', () => {
  it('words a prepaid term of one month and of several', () => {
    expect(en('filing.cloud.billing.PREPAID', { count: 1 })).toBe('Prepaid, 1 month');
    expect(en('filing.cloud.billing.PREPAID', { count: 3 })).toBe('Prepaid, 3 months');
    expect(zh('filing.cloud.billing.PREPAID', { count: 1 })).toBe('包年包月 1 个月');
    expect(zh('filing.cloud.billing.PREPAID', { count: 3 })).toBe('包年包月 3 个月');
  });

  it('words the other counts a person reads in the singular when there is one', () => {
    expect(en('adminRules.provinces.days', { count: 1 })).toBe('1 working day');
    expect(en('adminRules.provinces.days', { count: 20 })).toBe('20 working days');
    expect(en('progress.sms.waiting', { count: 1 })).toBe('Waiting (1 wrong try left)');
    expect(en('photoPoint.directory.count', { count: 1 })).toBe('1 photo point');
    expect(en('adminUsers.pager.summary', { count: 1, page: 1, pages: 1 })).toBe('1 account, page 1 of 1');
    expect(en('filing.verify.hiddenResources', { count: 1 })).toMatch(/^1 more cloud resource cannot/);
    expect(en('adminCurtains.export.body', { count: 1 })).toMatch(/\(1 parcel\)/);
    expect(en('notifications.templates.IDLE_REMINDER.message', { count: 1, expiresAt: '2026-12-20 09:30' })).toMatch(
      /for 1 day\. It will expire at 2026-12-20 09:30 \(Beijing time\)/,
    );
    expect(zh('adminUsers.pager.summary', { count: 1, page: 1, pages: 2 })).toBe('共 1 个账号，第 1 / 2 页');
  });

  it('puts two units of a span into one message, in each language', () => {
    const span = 86_400_000 + 3 * 3_600_000;
    expect(formatDuration(en, span)).toBe('1 day 3 hours');
    expect(formatDuration(en, 2 * 3_600_000 + 60_000)).toBe('2 hours 1 minute');
    expect(formatDuration(zh, span)).toBe('1 天 3 小时');
  });

  it('gives every counted message both forms, in both languages', () => {
    for (const [language, { translation }] of Object.entries(resources)) {
      const keys = new Set<string>();
      const walk = (node: object, prefix: string) => {
        for (const [key, value] of Object.entries(node)) {
          if (typeof value === 'object' && value !== null) walk(value, `${prefix}${key}.`);
          else keys.add(`${prefix}${key}`);
        }
      };
      walk(translation, '');
      const lonely = [...keys]
        .filter((key) => key.endsWith('_one') || key.endsWith('_other'))
        .map((key) => key.replace(/_(one|other)$/, ''))
        .filter((base) => !keys.has(`${base}_one`) || !keys.has(`${base}_other`));
      expect(lonely, language).toEqual([]);
    }
  });
});
