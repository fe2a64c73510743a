// The standard demo set every new account of the simulated cloud receives, so that each verify-step outcome for
// cloud resources can be tried at once: one eligible server and hosting plan, and one each that fails.
import type { ResourceSpec } from './resource-spec.ts';

export const DEMO_RESOURCE_SET = {
  eligibleCvm: {
    kind: 'CVM',
    name: '演示-广州-包年12个月',
    region: 'ap-guangzhou',
    billing: 'PREPAID',
    monthsPurchased: 12,
    publicBandwidthMbps: 5,
  },
  shortTermCvm: {
    kind: 'CVM',
    name: '演示-上海-包月1个月',
    region: 'ap-shanghai',
    billing: 'PREPAID',
    monthsPurchased: 1,
    publicBandwidthMbps: 5,
  },
  payAsYouGoCvm: {
    kind: 'CVM',
    name: '演示-北京-按量计费',
    region: 'ap-beijing',
    billing: 'POSTPAID',
    monthsPurchased: 0,
    publicBandwidthMbps: 10,
  },
  overseasCvm: {
    kind: 'CVM',
    name: '演示-中国香港-包年12个月',
    region: 'ap-hongkong',
    billing: 'PREPAID',
    monthsPurchased: 12,
    publicBandwidthMbps: 5,
  },
  siteHosting: {
    kind: 'SITE_HOSTING',
    name: '演示-建站主机-包年12个月',
    region: 'ap-guangzhou',
    billing: 'PREPAID',
    monthsPurchased: 12,
    publicBandwidthMbps: 0,
  },
} as const satisfies Record<string, ResourceSpec>;

/** The account outside the console that lends every new account an auth code on one of its servers. */
export const PARTNER_ACCOUNT = {
  accountId: 'seed:partner',
  label: '合作伙伴账号（出借授权码的服务器所有者）',
} as const;

/** The server a demo grant's auth code is issued on: eligible, so the code passes every check. */
export const PARTNER_SERVER: ResourceSpec = {
  kind: 'CVM',
  name: '合作伙伴-广州-包年12个月（授权码）',
  region: 'ap-guangzhou',
  billing: 'PREPAID',
  monthsPurchased: 12,
  publicBandwidthMbps: 5,
};
