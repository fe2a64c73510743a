// The 31 mainland provincial divisions that file with MIIT. A province is identified everywhere by `code`, the
// two-digit GB/T 2260 prefix ('44' = Guangdong); `slug` is for URLs and seed data.

export interface Province {
  /** GB/T 2260 two-digit prefix; the id stored in the database and sent over the API. */
  readonly code: string;
  readonly slug: string;
  readonly name: string;
  readonly nameEn: string;
  /** The abbreviation used in ICP filing numbers, e.g. 粤 in 粤ICP备12345678号. */
  readonly abbreviation: string;
  /** Other official abbreviations (四川 is also 川); never used in filing numbers. */
  readonly otherAbbreviations: readonly string[];
}

const p = (code: string, slug: string, name: string, nameEn: string, abbreviation: string, ...other: string[]) =>
  ({ code, slug, name, nameEn, abbreviation, otherAbbreviations: other }) satisfies Province;

// Filing numbers use 蜀, 黔, 滇, 陇 and 陕 (not 川, 贵, 云, 甘 or 秦), so those are the primary abbreviations here.
export const PROVINCES: readonly Province[] = [
  p('11', 'beijing', '北京', 'Beijing', '京'),
  p('12', 'tianjin', '天津', 'Tianjin', '津'),
  p('13', 'hebei', '河北', 'Hebei', '冀'),
  p('14', 'shanxi', '山西', 'Shanxi', '晋'),
  p('15', 'inner-mongolia', '内蒙古', 'Inner Mongolia', '蒙'),
  p('21', 'liaoning', '辽宁', 'Liaoning', '辽'),
  p('22', 'jilin', '吉林', 'Jilin', '吉'),
  p('23', 'heilongjiang', '黑龙江', 'Heilongjiang', '黑'),
  p('31', 'shanghai', '上海', 'Shanghai', '沪'),
  p('32', 'jiangsu', '江苏', 'Jiangsu', '苏'),
  p('33', 'zhejiang', '浙江', 'Zhejiang', '浙'),
  p('34', 'anhui', '安徽', 'Anhui', '皖'),
  p('35', 'fujian', '福建', 'Fujian', '闽'),
  p('36', 'jiangxi', '江西', 'Jiangxi', '赣'),
  p('37', 'shandong', '山东', 'Shandong', '鲁'),
  p('41', 'henan', '河南', 'Henan', '豫'),
  p('42', 'hubei', '湖北', 'Hubei', '鄂'),
  p('43', 'hunan', '湖南', 'Hunan', '湘'),
  p('44', 'guangdong', '广东', 'Guangdong', '粤'),
  p('45', 'guangxi', '广西', 'Guangxi', '桂'),
  p('46', 'hainan', '海南', 'Hainan', '琼'),
  p('50', 'chongqing', '重庆', 'Chongqing', '渝'),
  p('51', 'sichuan', '四川', 'Sichuan', '蜀', '川'),
  p('52', 'guizhou', '贵州', 'Guizhou', '黔', '贵'),
  p('53', 'yunnan', '云南', 'Yunnan', '滇', '云'),
  p('54', 'xizang', '西藏', 'Xizang', '藏'),
  p('61', 'shaanxi', '陕西', 'Shaanxi', '陕', '秦'),
  p('62', 'gansu', '甘肃', 'Gansu', '陇', '甘'),
  p('63', 'qinghai', '青海', 'Qinghai', '青'),
  p('64', 'ningxia', '宁夏', 'Ningxia', '宁'),
  p('65', 'xinjiang', '新疆', 'Xinjiang', '新'),
];

export const PROVINCE_CODES: readonly string[] = PROVINCES.map((province) => province.code);

export const provinceByCode = (code: string): Province | undefined => PROVINCES.find((pr) => pr.code === code);

export const provinceBySlug = (slug: string): Province | undefined => PROVINCES.find((pr) => pr.slug === slug);

/** Accepts the filing-number abbreviation and, unless `strict`, the other official ones (川 → Sichuan). */
export const provinceByAbbreviation = (abbreviation: string, strict = false): Province | undefined =>
  PROVINCES.find((pr) => pr.abbreviation === abbreviation || (!strict && pr.otherAbbreviations.includes(abbreviation)));
