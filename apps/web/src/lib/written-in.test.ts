import { describe, expect, it } from 'vitest';
import { sameLanguage, writtenIn } from './written-in.ts';

describe('writtenIn', () => {
  it('tells Chinese from English by script', () => {
    expect(writtenIn('通信地址不完整')).toBe('zh-CN');
    expect(writtenIn('The mailing address is incomplete.')).toBe('en');
  });

  it('keeps a Chinese sentence Chinese when it names a Latin term, and an English one English when it quotes Chinese', () => {
    expect(writtenIn('请上传 ICP 备案主体的营业执照')).toBe('zh-CN');
    expect(writtenIn('网站名称与 example.com 的首页不符')).toBe('zh-CN');
    expect(writtenIn('Please upload the 营业执照 scan again')).toBe('en');
  });

  it('gives no language to text in neither script', () => {
    expect(writtenIn('')).toBeUndefined();
    expect(writtenIn('12345 / 2026-12-06')).toBeUndefined();
  });

  it('counts two Han characters against each Latin word', () => {
    expect(writtenIn('备案 ok')).toBe('zh-CN');
    expect(writtenIn('备 ok')).toBe('en');
  });
});

describe('sameLanguage', () => {
  it('compares the primary language only', () => {
    expect(sameLanguage('en', 'en-US')).toBe(true);
    expect(sameLanguage('zh-CN', 'zh')).toBe(true);
    expect(sameLanguage('zh-CN', 'en-US')).toBe(false);
  });
});
