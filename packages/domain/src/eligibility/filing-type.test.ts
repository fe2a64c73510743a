import { describe, expect, it } from 'vitest';
import { checkNoOrderInFlight, detectFilingType } from './filing-type.ts';

const subject = { subjectFilingNo: '粤ICP备12345678号' };
const website = {
  websiteFilingNo: '粤ICP备12345678号-1',
  subjectFilingNo: '粤ICP备12345678号',
  accessProviders: ['other'],
};
const providerId = 'us';

describe('detectFilingType', () => {
  it('detects ACCESS when subject and domain are filed at another provider', () => {
    expect(detectFilingType({ subject, website, providerId })).toEqual({
      type: 'ACCESS',
      check: { name: 'FILING_TYPE', status: 'pass', reason: 'FILING_TYPE_FILED_ELSEWHERE' },
    });
  });

  it.each([
    ['FIRST', { subject: null, website: null }, 'FILING_TYPE_SUBJECT_NOT_FILED'],
    ['NEW_WEBSITE', { website: null }, 'FILING_TYPE_DOMAIN_NOT_FILED'],
    ['NEW_ACCESS', { website: { ...website, accessProviders: ['other', 'us'] } }, 'FILING_TYPE_ALREADY_ACCESSED_HERE'],
    ['NEW_ACCESS', { website: { ...website, accessProviders: [] } }, 'FILING_TYPE_NO_ACCESS_PROVIDER'],
  ] as const)('detects %s and explains it, failing because only ACCESS is carried', (type, patch, reason) => {
    expect(detectFilingType(Object.assign({ subject, website, providerId }, patch))).toEqual({
      type,
      check: { name: 'FILING_TYPE', status: 'fail', reason },
    });
  });

  it('passes another type once the console supports it', () => {
    const result = detectFilingType({ subject, website: null, providerId, supportedTypes: ['ACCESS', 'NEW_WEBSITE'] });
    expect(result.check.status).toBe('pass');
  });

  it('refuses a domain filed by another subject', () => {
    const foreign = { ...website, subjectFilingNo: '京ICP备87654321号' };
    for (const s of [subject, null]) {
      expect(detectFilingType({ subject: s, website: foreign, providerId })).toEqual({
        type: null,
        check: { name: 'FILING_TYPE', status: 'fail', reason: 'DOMAIN_FILED_BY_OTHER_SUBJECT' },
      });
    }
  });
});

describe('checkNoOrderInFlight', () => {
  it('reports subject and domain separately', () => {
    expect(checkNoOrderInFlight({ subjectInFlight: false, domainInFlight: true })).toEqual([
      { name: 'SUBJECT_IN_FLIGHT', status: 'pass' },
      { name: 'DOMAIN_IN_FLIGHT', status: 'fail', reason: 'DOMAIN_ORDER_IN_FLIGHT' },
    ]);
    expect(checkNoOrderInFlight({ subjectInFlight: true, domainInFlight: false })[0]).toEqual({
      name: 'SUBJECT_IN_FLIGHT',
      status: 'fail',
      reason: 'SUBJECT_ORDER_IN_FLIGHT',
    });
  });
});
