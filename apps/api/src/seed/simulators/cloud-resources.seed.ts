// Cloud inventory seed: a partner account's servers with fixed auth codes (one usable, one used, one on an expired
// server), and the demo applicant's resources beyond the standard demo set, one per remaining cloud check.
import { PARTNER_ACCOUNT, PARTNER_SERVER } from '../../adapters/cloud/demo-resources.ts';
import type { ResourceSpec } from '../../adapters/cloud/resource-spec.ts';

export interface SeedServer {
  readonly spec: ResourceSpec & { readonly instanceId: string };
  readonly authCodes: readonly { readonly code: string; readonly usedByFilingId?: string }[];
}

/** A filing at another account that already consumed a code. */
export const SEED_FOREIGN_FILING_ID = 'seed:filing-at-another-account';

export const PARTNER_SERVERS: readonly SeedServer[] = [
  {
    spec: { ...PARTNER_SERVER, instanceId: 'ins-partner1', name: '合作伙伴-广州-包年12个月' },
    authCodes: [{ code: 'DEMO-AUTH-0001' }, { code: 'DEMO-USED-0001', usedByFilingId: SEED_FOREIGN_FILING_ID }],
  },
  {
    spec: {
      ...PARTNER_SERVER,
      instanceId: 'ins-partner2',
      name: '合作伙伴-成都-已过期',
      region: 'ap-chengdu',
      expiresInDays: -15,
    },
    authCodes: [{ code: 'DEMO-EXPD-0001' }],
  },
];

export { PARTNER_ACCOUNT };

const eligible = { kind: 'CVM', billing: 'PREPAID', monthsPurchased: 12, publicBandwidthMbps: 5 } as const;

/** Added to the demo applicant's standard set. */
export const DEMO_APPLICANT_EXTRA_SERVERS: readonly SeedServer[] = [
  {
    spec: {
      ...eligible,
      instanceId: 'ins-demonobw',
      name: '演示-广州-无公网带宽',
      region: 'ap-guangzhou',
      publicBandwidthMbps: 0,
    },
    authCodes: [],
  },
  {
    spec: {
      ...eligible,
      instanceId: 'ins-demoexpd',
      name: '演示-南京-已过期',
      region: 'ap-nanjing',
      expiresInDays: -10,
    },
    authCodes: [],
  },
  {
    // Five codes lent out already: the owner cannot issue a sixth.
    spec: { ...eligible, instanceId: 'ins-demofull', name: '演示-上海-授权码已满', region: 'ap-shanghai' },
    authCodes: [1, 2, 3, 4, 5].map((n) => ({ code: `DEMO-FULL-000${n}` })),
  },
];
