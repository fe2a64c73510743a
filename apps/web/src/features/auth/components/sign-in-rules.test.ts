// The sign-in form's rules are the API's: the address as the API takes it, and the first problem per field worded
// in the reader's language.
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { checkSignIn } from './sign-in-rules.ts';

beforeAll(() => i18n.changeLanguage('zh-CN'));

describe('checkSignIn', () => {
  it('hands on the address trimmed and in lower case, and the password as typed', () => {
    expect(checkSignIn({ email: ' Applicant@Demo.beian.test ', password: ' pass word ' })).toEqual({
      values: { email: 'applicant@demo.beian.test', password: ' pass word ' },
    });
  });

  it('names one problem per field: both missing, or a malformed address and an overlong password', () => {
    expect(checkSignIn({ email: '', password: '' })).toEqual({
      errors: { email: '此项为必填项', password: '此项为必填项' },
    });
    expect(checkSignIn({ email: 'someone@', password: 'x'.repeat(129) })).toEqual({
      errors: { email: '请输入有效的邮箱地址，例如 name@example.com', password: '最多 128 个字符' },
    });
  });
});
