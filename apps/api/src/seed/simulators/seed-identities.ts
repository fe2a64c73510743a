// The people and organisations of the simulator seed. Every certificate number is built by the @beian/domain
// generators from fixed parts, so it is valid (checksums right), the same on every machine, and can be documented.
import { type CertType, generateResidentId, generateUscc } from '@beian/domain';

export interface SeedIdentity {
  readonly name: string;
  readonly certType: CertType;
  readonly certNumber: string;
}

/** A resident ID: six-digit division code, birth date, sequence (odd = male). */
const person = (name: string, region: string, birthDate: string, sequence: number): SeedIdentity => ({
  name,
  certType: 'RESIDENT_ID',
  certNumber: generateResidentId({ region, birthDate, sequence }),
});

/** A unified social credit code: authority 9 category 1 is a company, 1/1 an organ of state, 1/2 an institution. */
const organisation = (
  name: string,
  certType: CertType,
  code: { authority: string; category: string; region: string; serial: number },
): SeedIdentity => ({ name, certType, certNumber: generateUscc(code) });

const company = (name: string, region: string, serial: number) =>
  organisation(name, 'BUSINESS_LICENSE', { authority: '9', category: '1', region, serial });

export const IDS = {
  // Filed subjects that pass (access filing)
  chenXiaoming: person('陈晓明', '440305', '1988-03-12', 131),
  pujiang: company('上海浦江示例信息技术有限公司', '310115', 20_150_001),
  ayigul: person('阿依古丽·买买提', '650102', '1992-07-08', 242),
  liuJianhua: person('刘建华', '360102', '1985-11-20', 315),
  dongchengCentre: organisation('北京市东城区示例政务服务中心', 'USCC_CERTIFICATE', {
    authority: '1',
    category: '1',
    region: '110101',
    serial: 30_010_001,
  }),
  hangzhouNet: company('杭州示例网络科技有限公司', '330106', 20_180_002),
  xianCollege: organisation('西安示例职业技术学院', 'PUBLIC_INSTITUTION_CERT', {
    authority: '1',
    category: '2',
    region: '610102',
    serial: 40_010_003,
  }),
  // Filed subjects whose domain record fails (or warns)
  wangFang: person('王芳', '510104', '1990-05-16', 222),
  nanjingSoft: company('南京示例软件有限公司', '320102', 20_160_004),
  zhangWei: person('张伟', '420102', '1987-09-09', 117),
  fuzhouTrade: company('福州示例贸易有限公司', '350102', 20_120_005),
  liNa: person('李娜', '440106', '1993-02-14', 348),
  liNaNamesake: person('李娜', '440106', '1995-06-30', 526),
  changshaFood: company('长沙示例餐饮管理有限公司', '430102', 20_190_006),
  zhaoQiang: person('赵强', '430102', '1980-01-25', 173),
  weiLi: person('韦丽', '450102', '1992-09-19', 468),
  // Subjects whose filing type is not ACCESS
  sunLei: person('孙磊', '120101', '1991-12-03', 59),
  huangJing: person('黄静', '500103', '1989-04-18', 286),
  wuMin: person('吴敏', '370102', '1994-08-21', 412),
  zhengzhouLogistics: company('郑州示例物流有限公司', '410102', 20_140_007),
  maChao: person('马超', '130102', '1986-10-10', 97),
  hefeiImage: company('合肥示例影像有限公司', '340102', 20_170_008),
  liuYang: person('刘洋', '210102', '1990-03-03', 135),
} as const satisfies Record<string, SeedIdentity>;

/** One filed subject in each province not covered above, so every filing-number abbreviation appears. */
export const PROVINCE_IDS = {
  '14': person('郭晓东', '140105', '1984-06-06', 111),
  '15': company('呼和浩特示例乳业有限公司', '150102', 20_130_009),
  '22': person('金美玲', '220102', '1991-01-17', 204),
  '23': company('哈尔滨示例冰雪文化有限公司', '230102', 20_150_010),
  '37': company('济南示例机械制造有限公司', '370102', 20_110_011),
  '46': organisation('海南示例潜水运动协会', 'SOCIAL_ORG_CERT', {
    authority: '5',
    category: '1',
    region: '460105',
    serial: 50_020_012,
  }),
  '52': person('杨光', '520102', '1989-08-08', 153),
  '53': company('昆明示例花卉有限公司', '530102', 20_160_013),
  '54': person('次仁卓玛', '540102', '1995-04-04', 262),
  '62': company('兰州示例文旅有限公司', '620102', 20_170_014),
  '63': person('马晓燕', '630102', '1993-10-12', 388),
  '64': company('银川示例葡萄酒有限公司', '640104', 20_180_015),
} as const satisfies Record<string, SeedIdentity>;
