// A rejection is sent only with at least one complete reason; catalogue picks fill in their words.
import type { ReviewReasonCatalogue } from '@beian/contracts';
import { describe, expect, it } from 'vitest';
import { applyCatalogue, blankDraft, checkReasons } from './reason-drafts.ts';

const entry: ReviewReasonCatalogue['reasons'][number] = {
  code: 'MAILING_ADDRESS_INCOMPLETE',
  field: 'subject.mailingAddress',
  zh: { message: '通信地址不详细。', suggestion: '请填写到门牌号的详细地址。' },
  en: { message: 'The mailing address is not detailed enough.', suggestion: 'Give the full address.' },
};

describe('checkReasons', () => {
  it('refuses a rejection without any reason', () => {
    expect(checkReasons([])).toEqual({ ok: false, none: true, problems: [] });
  });

  it('names what each incomplete reason lacks', () => {
    const result = checkReasons([blankDraft(), { ...blankDraft(), field: 'subject.name', message: '  ' }]);
    expect(result).toEqual({ ok: false, none: false, problems: [{ field: true, message: true }, { message: true }] });
  });

  it('sends complete reasons trimmed, without an empty suggestion', () => {
    const draft = { ...blankDraft(), field: 'websites.0.name', message: ' 网站名称不合规 ', suggestion: ' ' };
    expect(checkReasons([draft])).toEqual({
      ok: true,
      reasons: [{ field: 'websites.0.name', code: 'OTHER', message: '网站名称不合规' }],
    });
  });
});

describe('applyCatalogue', () => {
  it('fills in the words in the reviewer’s language and the usual field when the filing has it', () => {
    const filled = applyCatalogue(blankDraft(), entry, 'zh-CN', ['subject.mailingAddress']);
    expect(filled).toMatchObject({
      code: 'MAILING_ADDRESS_INCOMPLETE',
      field: 'subject.mailingAddress',
      message: '通信地址不详细。',
    });
    expect(applyCatalogue(blankDraft(), entry, 'en-US', [])).toMatchObject({
      field: '',
      suggestion: 'Give the full address.',
    });
  });
});
