import type { Rejection } from '@beian/contracts';
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../generated/prisma/client.ts';
import { rejectionScope } from './filing-rejection.ts';

const site = (websiteFilingNo: string) => ({
  websiteFilingNo,
  name: '示例网站',
  domains: ['example.cn'],
  homepageUrl: null,
  accessProviders: [],
  confirmed: true,
  cloudService: null,
  cloudServiceChecks: [],
  principal: null,
});
const filing = (status: Filing['status']) =>
  ({ id: 'f-1', status, websites: [site('粤ICP备12345678号-1'), site('粤ICP备12345678号-2')] }) as unknown as Filing;
const rejection: Rejection = {
  at: '2026-12-03T02:00:00.000Z',
  reasons: [
    { field: 'subject.mailingAddress', code: 'MAILING_ADDRESS_INCOMPLETE', message: '通信地址不详细。' },
    { field: 'websites.1.name', code: 'WEBSITE_NAME_NOT_ALLOWED', message: '网站名称不符合要求。' },
  ],
};

describe('rejectionScope', () => {
  it('opens the named fields, a website by position and by filing number, and every material', async () => {
    const scope = await rejectionScope(async () => rejection)(filing('INITIAL_REJECTED'));
    expect(scope).toEqual(
      new Set(['subject.mailingAddress', 'websites.1.name', 'websites.粤ICP备12345678号-2.name', 'materials']),
    );
  });

  it('leaves a filing without a rejection open', async () => {
    expect(await rejectionScope(async () => null)(filing('DRAFT'))).toBe('ALL');
  });
});
