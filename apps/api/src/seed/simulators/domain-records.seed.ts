// WHOIS records in the domain registry simulator. Every filed domain gets a clean record (registered to its
// subject, approved registrar, real-name verified, years left) unless a demo case below needs it otherwise.
import { SUBJECTS } from './miit-subjects.seed.ts';
import { PROVINCE_SUBJECTS } from './province-subjects.seed.ts';
import { IDS, type SeedIdentity } from './seed-identities.ts';

export interface SeedDomainRecord {
  /** As people write it; the loader stores ASCII. */
  readonly domain: string;
  readonly registrant: SeedIdentity;
  readonly registrar: string;
  readonly registrarApproved: boolean;
  readonly realNameVerified: boolean;
  /** Relative to the first start (negative: already expired). */
  readonly expiresInDays: number;
  readonly registeredDaysAgo: number;
}

export const APPROVED_REGISTRARS = [
  '阿里云计算有限公司（万网）',
  '北京新网数码信息技术有限公司',
  '厦门易名科技股份有限公司',
  '成都西维数码科技有限公司',
];
const CONAC = '政务和公益机构域名注册管理中心';

const clean = (domain: string, registrant: SeedIdentity, i: number): SeedDomainRecord => ({
  domain,
  registrant,
  registrar: domain.endsWith('.gov.cn') ? CONAC : (APPROVED_REGISTRARS[i % APPROVED_REGISTRARS.length] ?? CONAC),
  registrarApproved: true,
  realNameVerified: true,
  expiresInDays: 3 * 365 + i,
  registeredDaysAgo: 5 * 365 - i * 30,
});

/** Records that differ from the clean one, each the seed of one failing (or warning) check. */
const SPECIAL: readonly SeedDomainRecord[] = [
  { ...clean('wangfang-travel.cn', IDS.wangFang, 1), expiresInDays: -20 },
  { ...clean('njdemo-soft.com', IDS.nanjingSoft, 2), registrar: 'GoDaddy.com, LLC', registrarApproved: false },
  { ...clean('zhangwei-dev.cn', IDS.zhangWei, 3), realNameVerified: false },
  // Registered under the company's former name.
  { ...clean('fzdemo-trade.com', { ...IDS.fuzhouTrade, name: '福州示例商贸有限公司' }, 4) },
  // Registered by another woman of the same name.
  { ...clean('lina-design.cn', IDS.liNaNamesake, 5) },
  // Registered by a shareholder of the company, not the company.
  { ...clean('csdemo-food.com', IDS.zhaoQiang, 6) },
  { ...clean('weili-craft.cn', IDS.weiLi, 7), expiresInDays: 30 },
  // Not filed anywhere (a .io suffix cannot be), a new domain of a filed subject, a subject never filed.
  clean('sunlei.io', IDS.sunLei, 8),
  clean('huangjing-shop.cn', IDS.huangJing, 9),
  clean('wumin-studio.cn', IDS.wuMin, 10),
  // Bought from 合肥示例影像, whose filing still lists it.
  clean('machao-photo.com', IDS.maChao, 11),
];

const special = new Set(SPECIAL.map((r) => r.domain));

export const DOMAIN_RECORDS: readonly SeedDomainRecord[] = [
  ...[...Object.values(SUBJECTS), ...PROVINCE_SUBJECTS]
    .flatMap((subject) =>
      subject.websites.flatMap((w) => w.domains.map((d) => ({ domain: d, holder: subject.holder }))),
    )
    .filter(({ domain }) => !special.has(domain))
    .map(({ domain, holder }, i) => clean(domain, holder, i)),
  ...SPECIAL,
];
