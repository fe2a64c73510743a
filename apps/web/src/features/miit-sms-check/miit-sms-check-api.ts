// The MIIT page's one call: no sign-in, CSRF as on any page; the answer is an outcome to put in words, not an error.
import { type MiitSmsCheckBody, MiitSmsCheckResultSchema } from '@beian/contracts';
import { apiClient } from '../../lib/api-client.ts';
import type { FormatMessages } from '../../lib/issue-message.ts';

export const checkSmsCode = (body: MiitSmsCheckBody) =>
  apiClient.post('/api/miit/sms-check', { body, schema: MiitSmsCheckResultSchema });

/** The contract's patterns, worded in the reader's language. */
export const smsCheckMessages: FormatMessages = {
  mobile: 'validation.miitMobile',
  code: 'validation.miitCode',
  certEnding: 'validation.certEnding',
};
