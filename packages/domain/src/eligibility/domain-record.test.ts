import { describe, expect, it } from 'vitest';
import { checkDomainName, checkDomainRecord, type DomainRecord, type FilingSubject } from './domain-record.ts';

const now = new Date('2026-11-29T10:00:00+08:00');
const person: FilingSubject = {
  nature: 'PERSONAL',
  name: '张三',
  certType: 'RESIDENT_ID',
  certNumber: '11010519491231002X',
};
const company: FilingSubject = {
  nature: 'ENTERPRISE',
  name: '深圳示例科技有限公司（南山）',
  certType: 'BUSINESS_LICENSE',
  certNumber: '91310110666007217T',
  relatedPersons: [{ name: '张三', certType: 'RESIDENT_ID', certNumber: '11010519491231002X', role: 'SHAREHOLDER' }],
};
const record: DomainRecord = {
  domain: 'example.com',
  registrant: { name: '张三', certType: 'RESIDENT_ID', certNumber: '11010519491231002x' },
  registrarApproved: true,
  realNameVerified: true,
  expiresAt: new Date('2028-01-01T00:00:00+08:00'),
};
const find = (checks: { name: string }[], name: string) => checks.find((c) => c.name === name);

describe('checkDomainRecord', () => {
  it('passes a personal domain registered to the person', () => {
    expect(checkDomainRecord({ record, subject: person, now })).toEqual([
      { name: 'DOMAIN_RECORD', status: 'pass' },
      { name: 'DOMAIN_EXPIRY', status: 'pass' },
      { name: 'DOMAIN_REGISTRAR', status: 'pass' },
      { name: 'DOMAIN_REAL_NAME', status: 'pass' },
      { name: 'DOMAIN_REGISTRANT', status: 'pass' },
    ]);
  });

  it.each([
    [{ expiresAt: now }, 'DOMAIN_EXPIRY', 'fail', 'DOMAIN_EXPIRED'],
    [{ expiresAt: new Date('2027-01-15T00:00:00+08:00') }, 'DOMAIN_EXPIRY', 'warn', 'DOMAIN_EXPIRING_SOON'],
    [{ registrarApproved: false }, 'DOMAIN_REGISTRAR', 'fail', 'DOMAIN_REGISTRAR_NOT_APPROVED'],
    [{ realNameVerified: false }, 'DOMAIN_REAL_NAME', 'fail', 'DOMAIN_NOT_REAL_NAME_VERIFIED'],
    [
      { registrant: { ...record.registrant, name: '李四' } },
      'DOMAIN_REGISTRANT',
      'fail',
      'DOMAIN_REGISTRANT_NAME_MISMATCH',
    ],
    [
      { registrant: { ...record.registrant, certNumber: '110105194912310011' } },
      'DOMAIN_REGISTRANT',
      'fail',
      'DOMAIN_REGISTRANT_CERT_MISMATCH',
    ],
    [
      { registrant: { ...record.registrant, certType: 'PASSPORT' } },
      'DOMAIN_REGISTRANT',
      'fail',
      'DOMAIN_REGISTRANT_CERT_MISMATCH',
    ],
  ])('reports %o on %s as %s %s', (patch, name, status, reason) => {
    expect(find(checkDomainRecord({ record: { ...record, ...patch }, subject: person, now }), name)).toEqual({
      name,
      status,
      reason,
    });
  });

  it('fails when the registrar has no record of the domain', () => {
    expect(checkDomainRecord({ record: null, subject: person, now })).toEqual([
      { name: 'DOMAIN_RECORD', status: 'fail', reason: 'DOMAIN_RECORD_NOT_FOUND' },
    ]);
  });

  it('passes an organisation registrant whatever its bracket style', () => {
    const registrant = {
      name: '深圳示例科技有限公司(南山)',
      certType: 'BUSINESS_LICENSE',
      certNumber: '91310110666007217T',
    };
    const checks = checkDomainRecord({ record: { ...record, registrant }, subject: company, now });
    expect(find(checks, 'DOMAIN_REGISTRANT')).toEqual({ name: 'DOMAIN_REGISTRANT', status: 'pass' });
  });

  it('lets a shareholder registrant pass with a warning for an organisation only', () => {
    const checks = checkDomainRecord({ record, subject: company, now });
    expect(find(checks, 'DOMAIN_REGISTRANT')).toEqual({
      name: 'DOMAIN_REGISTRANT',
      status: 'warn',
      reason: 'DOMAIN_REGISTRANT_RELATED_PERSON',
    });
    const stranger = {
      ...record,
      registrant: { ...record.registrant, name: '王五', certNumber: '110105194912310011' },
    };
    expect(find(checkDomainRecord({ record: stranger, subject: company, now }), 'DOMAIN_REGISTRANT')).toMatchObject({
      status: 'fail',
      reason: 'DOMAIN_REGISTRANT_NAME_MISMATCH',
    });
  });
});

describe('checkDomainName', () => {
  it('normalises the domain and approves its suffix', () => {
    expect(checkDomainName('https://www.Example.com.cn/')).toEqual({
      domain: { domain: 'example.com.cn', suffix: 'com.cn', unicode: 'example.com.cn', host: 'example.com.cn' },
      checks: [
        { name: 'DOMAIN_NAME', status: 'pass' },
        { name: 'DOMAIN_SUFFIX', status: 'pass' },
      ],
    });
  });

  it('fails a suffix MIIT has not approved', () => {
    expect(checkDomainName('example.io').checks).toEqual([
      { name: 'DOMAIN_NAME', status: 'pass' },
      { name: 'DOMAIN_SUFFIX', status: 'fail', reason: 'DOMAIN_SUFFIX_NOT_APPROVED' },
    ]);
    expect(checkDomainName('example.io', ['io']).checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('fails input that is not a domain', () => {
    expect(checkDomainName('10.0.0.1')).toEqual({
      domain: null,
      checks: [{ name: 'DOMAIN_NAME', status: 'fail', reason: 'DOMAIN_IP' }],
    });
  });
});
