import { describe, expect, it } from 'vitest';
import { reasonList } from './reason-list.ts';

describe('reasonList', () => {
  it.each([
    [['通信地址不详细。'], 'zh-CN', '通信地址不详细。'],
    [['通信地址不详细。', '核验单未签字。'], 'zh-CN', '通信地址不详细和核验单未签字。'],
    [
      ['证件已过有效期', '通信地址不详细。', '核验单未签字；'],
      'zh-CN',
      '证件已过有效期、通信地址不详细和核验单未签字。',
    ],
    [
      ['The address is incomplete.', 'The sheet is not signed'],
      'en-US',
      'The address is incomplete. The sheet is not signed.',
    ],
    [['A.', 'Is B right? ', 'C;'], 'en-US', 'A. Is B right? C.'],
    [['The sheet is not signed'], 'en-US', 'The sheet is not signed.'],
    [['照片是否为本人？'], 'zh-CN', '照片是否为本人？'],
    [['  ', '核验单未签字 。 '], 'zh-CN', '核验单未签字。'],
    [[], 'zh-CN', ''],
  ] as const)('%j in %s reads %s', (reasons, locale, expected) => {
    expect(reasonList(reasons, locale)).toBe(expected);
  });

  it('never doubles a full stop or leaves a stop before a separator', () => {
    const text = reasonList(['通信地址不详细。', '核验单未签字。', '证件已过有效期。'], 'zh-CN');
    expect(text).not.toMatch(/。[、；和]|。。/);
  });
});
