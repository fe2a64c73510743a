// The Chinese wording of the verification sheet: labels, the applicant's undertaking and the signing instructions.
import type { SheetRequirement, SubjectNature } from '@beian/domain';

export const TITLE = '网站备案信息真实性核验单';

export const NATURE_NAMES: Readonly<Record<SubjectNature, string>> = {
  PERSONAL: '个人',
  ENTERPRISE: '企业',
  GOVERNMENT: '政府机关',
  PUBLIC_INSTITUTION: '事业单位',
  SOCIAL_ORG: '社会团体',
  OTHER: '其他',
};

export const SECTION = {
  subject: '一、主办单位信息',
  websites: '二、网站信息',
  undertaking: '三、备案主体承诺',
  signing: '四、签字确认',
} as const;

export const WEBSITE_COLUMNS = ['网站名称', '网站备案号', '网站域名', '网站负责人'] as const;

/** The applicant's undertaking, in the product's own words; `本人` for a person, `本单位` for an organisation. */
export const undertaking = (organisation: boolean): string => {
  const who = organisation ? '本单位' : '本人';
  return (
    `${who}确认本核验单所列主办单位、负责人及网站信息真实、准确、完整，与提交的证件一致；` +
    `${who}已知悉《非经营性互联网信息服务备案管理办法》的规定，备案信息发生变化时将及时办理变更；` +
    `如所填信息不实，${who}愿承担由此引起的全部责任。`
  );
};

/** One printed line per thing the province asks of the sheet, in the order of `verificationSheetRequirements`. */
export const REQUIREMENT_TEXT: Readonly<Record<SheetRequirement, string>> = {
  SIGNATURE: '请网站负责人在下方“网站负责人签字”处亲笔签名。',
  FINGERPRINT: '请在签名旁的“指印”框内按捺手印。',
  HANDWRITTEN_PLEDGE: '请在下方横线处用正楷亲笔抄写以下承诺内容：',
  SEAL: '请在“单位公章”处加盖单位公章。',
  DATE_BLANK: '日期请留空，由服务商在提交时填写。',
};

export const NOTHING_ELSE = '核验单其他位置无需填写或勾选；签字后请扫描或拍照上传，建议上传扫描件。';

export const LABEL = {
  orderNo: '订单号',
  accessFiling: '接入备案',
  province: '所在省份',
  subjectName: '主办单位名称',
  nature: '主办单位性质',
  subjectCert: '主办单位证件号码',
  subjectFilingNo: '主体备案号',
  principal: '主体负责人',
  principalCert: '负责人证件号码',
  generatedAt: '生成时间',
  signature: '网站负责人签字',
  fingerprint: '指印',
  seal: '单位公章',
  date: '日期（留空）',
} as const;
