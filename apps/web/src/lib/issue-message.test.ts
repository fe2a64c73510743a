import { SubjectInfoSchema } from '@beian/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { issueMessage } from './issue-message.ts';

beforeAll(() => i18n.changeLanguage('zh-CN'));

describe('issueMessage', () => {
  it('words a character the contracts refuse in a name or an address in the reader’s language', () => {
    const result = SubjectInfoSchema.shape.mailingAddress.safeParse('广东省深圳市\u202E南山区');
    const issue = result.error?.issues[0];
    if (!issue) throw new Error('the address was accepted');
    expect(issueMessage(issue)).toBe('含有改变文字显示方向的不可见字符，请删除后重新输入');
  });

  it('words a NUL in any field', () => {
    const issue = SubjectInfoSchema.shape.originalPrincipalName.safeParse('赵\u0000强').error?.issues[0];
    if (!issue) throw new Error('the name was accepted');
    expect(issueMessage(issue)).toBe('含有空字符（U+0000），请删除后重新输入');
  });
});
