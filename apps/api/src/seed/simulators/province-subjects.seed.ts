// One more filed subject in each province the demo cases do not use, so every filing-number abbreviation is in
// the registry. Each has one website, accessed at another provider: an access filing passes for all of them.
import { provinceByCode } from '@beian/domain';
import type { SeedSubject } from './miit-subjects.seed.ts';
import { PROVINCE_IDS } from './seed-identities.ts';

const PROVIDERS = ['阿里云', '华为云', '百度智能云', '天翼云', '京东云'];
const PRINCIPALS = ['李明', '王静', '张磊', '刘芳', '陈刚', '杨帆'];

export const PROVINCE_SUBJECTS: readonly SeedSubject[] = Object.entries(PROVINCE_IDS).map(([code, holder], i) => {
  const province = provinceByCode(code);
  if (!province) throw new RangeError(`Unknown province ${code}`);
  const personal = holder.certType === 'RESIDENT_ID';
  const nature = personal ? 'PERSONAL' : holder.certType === 'SOCIAL_ORG_CERT' ? 'SOCIAL_ORG' : 'ENTERPRISE';
  return {
    provinceCode: code,
    nature,
    holder,
    serial: `20200${code}${String(i + 1).padStart(3, '0')}`,
    principalName: personal ? holder.name : (PRINCIPALS[i % PRINCIPALS.length] ?? '李明'),
    certificateAddress: `${province.name}示例路${i + 1}号`,
    filingPassword: `Demo-Filing-${code}A`,
    websites: [
      {
        name: `${holder.name}的网站`,
        domains: [`${province.slug}-demo.cn`],
        contentType: personal ? '博客/个人空间' : '企业官网',
        accessProviders: [PROVIDERS[i % PROVIDERS.length] ?? '阿里云'],
      },
    ],
  };
});
