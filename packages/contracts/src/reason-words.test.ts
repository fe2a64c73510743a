import { describe, expect, it } from 'vitest';
import { reasonWords } from './reason-words.ts';
import { REVIEW_REASONS, SHEET_REASON_CODE, sheetReason } from './review-reasons.ts';

const entry = (code: string) => {
  const found = REVIEW_REASONS.find((e) => e.code === code);
  if (!found) throw new Error(`no catalogue entry ${code}`);
  return found;
};

/** The words `reasonWords` gives a reason (the rest of the reason passes through, checked once below). */
function words(reason: { code: string; message: string; suggestion?: string }, locale: string) {
  const { message, suggestion } = reasonWords(reason, locale);
  return suggestion === undefined ? { message } : { message, suggestion };
}

describe('reasonWords', () => {
  it('keeps the rest of the reason as it is', () => {
    const reason = { field: 'materials.SUBJECT_CERT', code: 'CERT_EXPIRED', message: 'The certificate has expired.' };
    expect(reasonWords(reason, 'zh-CN')).toEqual({ ...reason, message: '证件已过有效期。' });
  });

  const cert = entry('CERT_EXPIRED');

  it('reads a catalogue pick left as worded in the reader’s language, whichever language it was picked in', () => {
    const pickedInEnglish = { code: cert.code, ...cert.en };
    const pickedInChinese = { code: cert.code, ...cert.zh };
    expect(words(pickedInEnglish, 'zh-CN')).toEqual(cert.zh);
    expect(words(pickedInChinese, 'en-US')).toEqual(cert.en);
    expect(words(pickedInChinese, 'zh')).toEqual(cert.zh);
    expect(words(pickedInEnglish, 'en')).toEqual(cert.en);
  });

  it('keeps words a reviewer wrote or edited as written, part by part', () => {
    const edited = { code: cert.code, message: '营业执照已于 2025 年 3 月过期。', suggestion: cert.zh.suggestion };
    expect(words(edited, 'en-US')).toEqual({ message: edited.message, suggestion: cert.en.suggestion });
    const own = { code: 'OTHER', message: '网站首页打不开。', suggestion: '请检查服务器后重新提交。' };
    expect(words(own, 'en-US')).toEqual({ message: own.message, suggestion: own.suggestion });
    expect(words({ code: cert.code, message: cert.zh.message }, 'en-US')).toEqual({ message: cert.en.message });
  });

  it('does not take another reason’s words for a code’s own', () => {
    const blurred = entry('PHOTO_BLURRED');
    const mixed = { code: cert.code, message: blurred.zh.message, suggestion: blurred.zh.suggestion };
    expect(words(mixed, 'en-US')).toEqual({ message: mixed.message, suggestion: mixed.suggestion });
    expect(words({ code: 'NO_SUCH_CODE', ...cert.zh }, 'en-US')).toEqual(cert.zh);
  });

  it.each([
    [['SIGNATURE']],
    [['SIGNATURE', 'SEAL', 'DATE_BLANK']],
    [['SIGNATURE', 'FINGERPRINT', 'HANDWRITTEN_PLEDGE']],
    [['SIGNATURE', 'SEAL', 'HANDWRITTEN_PLEDGE', 'FINGERPRINT', 'DATE_BLANK']],
  ])('reads the sheet’s reason worded for a sheet asking %j in the other language', (needs) => {
    const sheet = sheetReason(needs);
    expect(words({ code: SHEET_REASON_CODE, ...sheet.zh }, 'en-US')).toEqual(sheet.en);
    expect(words({ code: SHEET_REASON_CODE, ...sheet.en }, 'zh-CN')).toEqual(sheet.zh);
  });
});
