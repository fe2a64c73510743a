// Filed subjects and websites in the MIIT registry simulator: the demo cases' subjects (one per outcome) and
// one more per province. Domains may be written in Unicode (示例.中国); the loader stores them in ASCII.
import type { RelatedPersonRole, SubjectNature } from '@beian/domain';
import { OUR_ACCESS_PROVIDER } from '../../adapters/miit/miit.port.ts';
import { IDS, type SeedIdentity } from './seed-identities.ts';

export interface SeedWebsite {
  readonly name: string;
  readonly domains: readonly string[];
  readonly contentType: string;
  readonly accessProviders: readonly string[];
}

export interface SeedSubject {
  readonly provinceCode: string;
  readonly nature: SubjectNature;
  readonly holder: SeedIdentity;
  /** Serial of the subject filing number; websites are numbered -1, -2 … in order. */
  readonly serial: string;
  readonly principalName: string;
  readonly certificateAddress: string;
  /** Defaults to the certificate address. */
  readonly mailingAddress?: string;
  readonly filingPassword: string;
  readonly relatedPersons?: readonly { readonly holder: SeedIdentity; readonly role: RelatedPersonRole }[];
  readonly websites: readonly SeedWebsite[];
}

const site = (name: string, domains: string[], contentType: string, ...accessProviders: string[]): SeedWebsite => ({
  name,
  domains,
  contentType,
  accessProviders,
});

export const SUBJECTS = {
  chenXiaoming: {
    provinceCode: '44',
    nature: 'PERSONAL',
    holder: IDS.chenXiaoming,
    serial: '2021034567',
    principalName: '陈晓明',
    certificateAddress: '广东省深圳市南山区科技园路1号',
    filingPassword: 'Demo-Filing-44A',
    websites: [site('晓明的技术博客', ['chenxiaoming.cn'], '博客/个人空间', '阿里云')],
  },
  pujiang: {
    provinceCode: '31',
    nature: 'ENTERPRISE',
    holder: IDS.pujiang,
    serial: '2015012345',
    principalName: '周立群',
    certificateAddress: '上海市浦东新区张江路88号',
    mailingAddress: '上海市徐汇区漕溪北路331号',
    filingPassword: 'Demo-Filing-31A',
    websites: [
      site('浦江示例官网', ['pujiang-demo.com.cn'], '企业官网', '华为云'),
      site('浦江示例产品文档', ['pujiang-docs.cn', 'pujiang-docs.net'], '企业官网', '华为云'),
      site('浦江示例招聘', ['pujiang-jobs.com'], '企业官网', '华为云', '百度智能云'),
    ],
  },
  ayigul: {
    provinceCode: '65',
    nature: 'PERSONAL',
    holder: IDS.ayigul,
    serial: '2022001234',
    principalName: '阿依古丽·买买提',
    certificateAddress: '新疆维吾尔自治区乌鲁木齐市天山区解放南路12号',
    filingPassword: 'Demo-Filing-65A',
    websites: [site('天山摄影集', ['ayigul-photo.cn'], '摄影', '天翼云')],
  },
  liuJianhua: {
    provinceCode: '36',
    nature: 'PERSONAL',
    holder: IDS.liuJianhua,
    serial: '2020005678',
    principalName: '刘建华',
    certificateAddress: '江西省南昌市东湖区八一大道100号',
    filingPassword: 'Demo-Filing-36A',
    websites: [site('建华读书笔记', ['jianhua-notes.com'], '博客/个人空间', '阿里云')],
  },
  dongchengCentre: {
    provinceCode: '11',
    nature: 'GOVERNMENT',
    holder: IDS.dongchengCentre,
    serial: '2019003456',
    principalName: '高志远',
    certificateAddress: '北京市东城区东直门南大街3号',
    filingPassword: 'Demo-Filing-11A',
    websites: [site('东城区示例政务服务网', ['dongcheng-demo.gov.cn'], '政务', '天翼云')],
  },
  hangzhouNet: {
    provinceCode: '33',
    nature: 'ENTERPRISE',
    holder: IDS.hangzhouNet,
    serial: '2018023456',
    principalName: '沈佳怡',
    certificateAddress: '浙江省杭州市西湖区文三路90号',
    filingPassword: 'Demo-Filing-33A',
    websites: [site('示例中文网', ['示例.中国', 'hz-demo.cn'], '企业官网', '华为云')],
  },
  xianCollege: {
    provinceCode: '61',
    nature: 'PUBLIC_INSTITUTION',
    holder: IDS.xianCollege,
    serial: '2017004567',
    principalName: '党建国',
    certificateAddress: '陕西省西安市新城区长乐路1号',
    filingPassword: 'Demo-Filing-61A',
    websites: [site('西安示例职业技术学院', ['xademo-college.cn'], '教育', '百度智能云')],
  },
  wangFang: {
    provinceCode: '51',
    nature: 'PERSONAL',
    holder: IDS.wangFang,
    serial: '2019012345',
    principalName: '王芳',
    certificateAddress: '四川省成都市锦江区春熙路5号',
    filingPassword: 'Demo-Filing-51A',
    websites: [site('芳芳的旅行日记', ['wangfang-travel.cn'], '旅游', '阿里云')],
  },
  nanjingSoft: {
    provinceCode: '32',
    nature: 'ENTERPRISE',
    holder: IDS.nanjingSoft,
    serial: '2016034567',
    principalName: '钱海涛',
    certificateAddress: '江苏省南京市玄武区珠江路200号',
    filingPassword: 'Demo-Filing-32A',
    websites: [site('南京示例软件', ['njdemo-soft.com'], '企业官网', '京东云')],
  },
  zhangWei: {
    provinceCode: '42',
    nature: 'PERSONAL',
    holder: IDS.zhangWei,
    serial: '2020045678',
    principalName: '张伟',
    certificateAddress: '湖北省武汉市江岸区沿江大道66号',
    filingPassword: 'Demo-Filing-42A',
    websites: [site('张伟的开发笔记', ['zhangwei-dev.cn'], '博客/个人空间', '华为云')],
  },
  fuzhouTrade: {
    provinceCode: '35',
    nature: 'ENTERPRISE',
    holder: IDS.fuzhouTrade,
    serial: '2012056789',
    principalName: '林志强',
    certificateAddress: '福建省福州市鼓楼区五四路18号',
    filingPassword: 'Demo-Filing-35A',
    websites: [site('福州示例贸易', ['fzdemo-trade.com'], '企业官网', '阿里云')],
  },
  liNa: {
    provinceCode: '44',
    nature: 'PERSONAL',
    holder: IDS.liNa,
    serial: '2023067890',
    principalName: '李娜',
    certificateAddress: '广东省广州市天河区天河路385号',
    filingPassword: 'Demo-Filing-44B',
    websites: [site('李娜设计作品集', ['lina-design.cn'], '博客/个人空间', '阿里云')],
  },
  changshaFood: {
    provinceCode: '43',
    nature: 'ENTERPRISE',
    holder: IDS.changshaFood,
    serial: '2019078901',
    principalName: '赵强',
    certificateAddress: '湖南省长沙市芙蓉区五一大道1号',
    filingPassword: 'Demo-Filing-43A',
    relatedPersons: [{ holder: IDS.zhaoQiang, role: 'SHAREHOLDER' }],
    websites: [site('长沙示例美食', ['csdemo-food.com'], '企业官网', '天翼云')],
  },
  weiLi: {
    provinceCode: '45',
    nature: 'PERSONAL',
    holder: IDS.weiLi,
    serial: '2021045678',
    principalName: '韦丽',
    certificateAddress: '广西壮族自治区南宁市兴宁区民族大道8号',
    filingPassword: 'Demo-Filing-45A',
    websites: [site('壮锦手作', ['weili-craft.cn'], '手工艺品', '阿里云')],
  },
  sunLei: {
    provinceCode: '12',
    nature: 'PERSONAL',
    holder: IDS.sunLei,
    serial: '2021089012',
    principalName: '孙磊',
    certificateAddress: '天津市和平区南京路219号',
    filingPassword: 'Demo-Filing-12A',
    websites: [site('孙磊的博客', ['sunlei-blog.cn'], '博客/个人空间', '阿里云')],
  },
  huangJing: {
    provinceCode: '50',
    nature: 'PERSONAL',
    holder: IDS.huangJing,
    serial: '2020090123',
    principalName: '黄静',
    certificateAddress: '重庆市渝中区解放碑路10号',
    filingPassword: 'Demo-Filing-50A',
    websites: [site('黄静的画室', ['huangjing-art.cn'], '绘画作品', '华为云')],
  },
  zhengzhouLogistics: {
    provinceCode: '41',
    nature: 'ENTERPRISE',
    holder: IDS.zhengzhouLogistics,
    serial: '2014001234',
    principalName: '许国栋',
    certificateAddress: '河南省郑州市中原区建设路50号',
    filingPassword: 'Demo-Filing-41A',
    websites: [site('郑州示例物流', ['zzdemo-logistics.com'], '企业官网', '阿里云', OUR_ACCESS_PROVIDER)],
  },
  maChao: {
    provinceCode: '13',
    nature: 'PERSONAL',
    holder: IDS.maChao,
    serial: '2018012345',
    principalName: '马超',
    certificateAddress: '河北省石家庄市长安区中山东路9号',
    filingPassword: 'Demo-Filing-13A',
    websites: [site('马超的家', ['machao-home.cn'], '博客/个人空间', '阿里云')],
  },
  hefeiImage: {
    provinceCode: '34',
    nature: 'ENTERPRISE',
    holder: IDS.hefeiImage,
    serial: '2017023456',
    principalName: '方文静',
    certificateAddress: '安徽省合肥市瑶海区长江东路20号',
    filingPassword: 'Demo-Filing-34A',
    // machao-photo.com was sold to 马超 but is still listed in this company's filing.
    websites: [site('合肥示例影像', ['hfdemo-image.com', 'machao-photo.com'], '摄影', '华为云')],
  },
  liuYang: {
    provinceCode: '21',
    nature: 'PERSONAL',
    holder: IDS.liuYang,
    serial: '2016034567',
    principalName: '刘洋',
    certificateAddress: '辽宁省沈阳市和平区南京北街1号',
    filingPassword: 'Demo-Filing-21A',
    // Its last access provider cancelled access (空壳网站): the website has none now.
    websites: [site('刘洋的音乐角', ['liuyang-music.cn'], '音乐分享')],
  },
} as const satisfies Record<string, SeedSubject>;

export type SubjectKey = keyof typeof SUBJECTS;
