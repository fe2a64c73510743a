// The bureau's reason in the rejection text runs on into "请登录…": it is closed by exactly one full stop.
import { describe, expect, it } from 'vitest';
import { bureauSmsOf } from './bureau-notification-texts.ts';

const reasonOf = (reason: string) => bureauSmsOf('BUREAU_REJECTED', { orderNo: 'BA1', reason }).params.reason;

describe('the bureau rejection text', () => {
  it('closes a reason the bureau left open with one full stop', () => {
    expect(reasonOf('网站名称与内容不符')).toBe('网站名称与内容不符。');
  });

  it('does not double the bureau’s own full stop', () => {
    expect(reasonOf('网站名称与内容不符。')).toBe('网站名称与内容不符。');
  });
});
