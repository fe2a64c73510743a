import { describe, expect, it } from 'vitest';
import {
  type CloudResource,
  canIssueAuthCode,
  checkAuthCode,
  checkChosenResource,
  checkCloudResource,
} from './cloud-resource.ts';

const now = new Date('2026-11-29T10:00:00+08:00');
const cvm: CloudResource = {
  id: 'ins-1',
  kind: 'CVM',
  mainland: true,
  billing: 'PREPAID',
  monthsPurchased: 12,
  publicBandwidthMbps: 5,
  expiresAt: new Date('2027-11-29T10:00:00+08:00'),
};
const statusOf = (checks: { name: string; status: string; reason?: string }[], name: string) =>
  checks.find((c) => c.name === name);

describe('checkCloudResource', () => {
  it('passes every check, in a fixed order, for a good prepaid CVM', () => {
    expect(checkCloudResource(cvm, now)).toEqual([
      { name: 'CLOUD_REGION', status: 'pass' },
      { name: 'CLOUD_BILLING', status: 'pass' },
      { name: 'CLOUD_TERM', status: 'pass' },
      { name: 'CLOUD_BANDWIDTH', status: 'pass' },
      { name: 'CLOUD_EXPIRY', status: 'pass' },
    ]);
  });

  it.each([
    [{ mainland: false }, 'CLOUD_REGION', 'CLOUD_REGION_NOT_MAINLAND'],
    [{ billing: 'POSTPAID' }, 'CLOUD_BILLING', 'CLOUD_PAY_AS_YOU_GO'],
    [{ billing: 'POSTPAID' }, 'CLOUD_TERM', 'CLOUD_TERM_TOO_SHORT'],
    [{ monthsPurchased: 2 }, 'CLOUD_TERM', 'CLOUD_TERM_TOO_SHORT'],
    [{ publicBandwidthMbps: 0 }, 'CLOUD_BANDWIDTH', 'CLOUD_NO_PUBLIC_BANDWIDTH'],
    [{ expiresAt: now }, 'CLOUD_EXPIRY', 'CLOUD_EXPIRED'],
  ] as const)('fails %o on %s with %s', (patch, name, reason) => {
    expect(statusOf(checkCloudResource({ ...cvm, ...patch }, now), name)).toEqual({ name, status: 'fail', reason });
  });

  it('accepts exactly three months, renewals included', () => {
    expect(statusOf(checkCloudResource({ ...cvm, monthsPurchased: 3 }, now), 'CLOUD_TERM')?.status).toBe('pass');
  });

  it('warns when the server expires within 60 days', () => {
    const soon = { ...cvm, expiresAt: new Date('2027-01-15T10:00:00+08:00') };
    expect(statusOf(checkCloudResource(soon, now), 'CLOUD_EXPIRY')).toEqual({
      name: 'CLOUD_EXPIRY',
      status: 'warn',
      reason: 'CLOUD_EXPIRING_SOON',
    });
  });

  it('does not ask a hosting plan for bandwidth', () => {
    const hosting = { ...cvm, kind: 'SITE_HOSTING', publicBandwidthMbps: 0 } as const;
    expect(checkCloudResource(hosting, now).map((c) => c.name)).not.toContain('CLOUD_BANDWIDTH');
  });
});

describe('checkChosenResource', () => {
  it('fails on its own when the account has no such resource', () => {
    expect(checkChosenResource(null, now)).toEqual([
      { name: 'CLOUD_RESOURCE_FOUND', status: 'fail', reason: 'CLOUD_RESOURCE_NOT_FOUND' },
    ]);
  });

  it('reports the resource checks after a passing lookup', () => {
    const checks = checkChosenResource({ ...cvm, mainland: false }, now);
    expect(checks.map((c) => c.name)).toEqual([
      'CLOUD_RESOURCE_FOUND',
      ...checkCloudResource(cvm, now).map((c) => c.name),
    ]);
    expect(statusOf(checks, 'CLOUD_REGION')?.status).toBe('fail');
  });
});

describe('checkAuthCode', () => {
  const record = { code: 'BA-123', server: cvm, usedByFilingId: null };

  it('passes an unused code on a good server, with the server checks', () => {
    const checks = checkAuthCode({ record, filingId: null, websitesUsingCode: 1, now });
    expect(checks.map((c) => c.name)).toEqual([
      'AUTH_CODE_FOUND',
      'AUTH_CODE_UNUSED',
      'AUTH_CODE_SITES',
      'CLOUD_REGION',
      'CLOUD_BILLING',
      'CLOUD_TERM',
      'CLOUD_BANDWIDTH',
      'CLOUD_EXPIRY',
    ]);
    expect(checks.every((c) => c.status === 'pass')).toBe(true);
  });

  it('fails a code that does not exist', () => {
    expect(checkAuthCode({ record: null, filingId: null, websitesUsingCode: 1, now })).toEqual([
      { name: 'AUTH_CODE_FOUND', status: 'fail', reason: 'AUTH_CODE_NOT_FOUND' },
    ]);
  });

  it('fails a code used by another filing, but not by this one', () => {
    const used = { ...record, usedByFilingId: 'f-1' };
    const other = checkAuthCode({ record: used, filingId: 'f-2', websitesUsingCode: 1, now });
    expect(statusOf(other, 'AUTH_CODE_UNUSED')).toMatchObject({ status: 'fail', reason: 'AUTH_CODE_USED' });
    const same = checkAuthCode({ record: used, filingId: 'f-1', websitesUsingCode: 1, now });
    expect(statusOf(same, 'AUTH_CODE_UNUSED')?.status).toBe('pass');
  });

  it('fails a code assigned to two websites', () => {
    const checks = checkAuthCode({ record, filingId: null, websitesUsingCode: 2, now });
    expect(statusOf(checks, 'AUTH_CODE_SITES')).toMatchObject({ status: 'fail', reason: 'AUTH_CODE_ONE_SITE_ONLY' });
  });

  it('fails a code whose server has expired', () => {
    const expired = { ...record, server: { ...cvm, expiresAt: new Date('2026-11-01T00:00:00+08:00') } };
    const checks = checkAuthCode({ record: expired, filingId: null, websitesUsingCode: 1, now });
    expect(statusOf(checks, 'CLOUD_EXPIRY')).toMatchObject({ status: 'fail', reason: 'CLOUD_EXPIRED' });
  });
});

describe('canIssueAuthCode', () => {
  it('allows five codes per live server', () => {
    expect(canIssueAuthCode({ server: cvm, existingCodes: 4, now }).ok).toBe(true);
    expect(canIssueAuthCode({ server: cvm, existingCodes: 5, now })).toEqual({
      ok: false,
      reason: 'AUTH_CODE_LIMIT_REACHED',
    });
    expect(canIssueAuthCode({ server: { ...cvm, expiresAt: now }, existingCodes: 0, now })).toEqual({
      ok: false,
      reason: 'AUTH_CODE_SERVER_EXPIRED',
    });
  });
});
