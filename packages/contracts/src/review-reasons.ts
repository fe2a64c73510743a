// The reviewers' catalogue of rejection reasons: a stable code, the field it usually concerns, and the words the
// applicant reads (message and what to do about it) in both languages. A reviewer may edit the words per filing.
// The verification sheet's reason is worded from what the sheet asks for: the catalogue names everything a sheet may
// ask, and `reasonsForSheet` words it for one filing's sheet (no seal or blank date on a person's sheet).
import { SHEET_REQUIREMENTS, type SheetRequirement } from '@beian/domain';

export type ReviewReasonEntry = {
  readonly code: string;
  /** The field path the reason usually points at; the reviewer picks the exact one (e.g. `websites.0.name`). */
  readonly field: string;
  readonly zh: { readonly message: string; readonly suggestion: string };
  readonly en: { readonly message: string; readonly suggestion: string };
};

export const SHEET_REASON_CODE = 'SHEET_NOT_SIGNED';

/** What may be missing from a sheet beside the signature, in the words of each language. */
const SHEET_EXTRAS: readonly { need: SheetRequirement; zh: string; en: string }[] = [
  { need: 'SEAL', zh: '盖章', en: 'seal' },
  { need: 'HANDWRITTEN_PLEDGE', zh: '手写承诺', en: 'pledge' },
  { need: 'FINGERPRINT', zh: '指纹', en: 'fingerprint' },
];

const either = (locale: string, items: string[]) =>
  new Intl.ListFormat(locale, { type: 'disjunction', style: 'long' }).format(items);

/** The sheet's reason for a sheet asking `needs` (`verificationSheetRequirements` in @beian/domain). */
export function sheetReason(needs: readonly string[]): ReviewReasonEntry {
  const extras = SHEET_EXTRAS.filter(({ need }) => needs.includes(need));
  const dateBlank = needs.includes('DATE_BLANK');
  const zhExtras =
    extras.length > 0
      ? `（或缺少${either(
          'zh-CN',
          extras.map((e) => e.zh),
        )}）`
      : '';
  const enExtras =
    extras.length > 0
      ? ` (or lacks the ${either(
          'en-US',
          extras.map((e) => e.en),
        )})`
      : '';
  return {
    code: SHEET_REASON_CODE,
    field: 'materials.VERIFICATION_SHEET',
    zh: {
      message: `核验单未按要求签字${zhExtras}。`,
      suggestion: `请按核验单上的省份说明签字后扫描上传${dateBlank ? '，日期留空' : ''}。`,
    },
    en: {
      message: `The verification sheet is not signed as required${enExtras}.`,
      suggestion: `Sign as the province instructions on the sheet say, ${dateBlank ? 'leave the date blank, ' : ''}scan and upload it.`,
    },
  };
}

/** The catalogue as offered for one filing: the sheet's reason worded for what that filing's sheet asks. */
export function reasonsForSheet<Entry extends ReviewReasonEntry>(
  catalogue: readonly Entry[],
  sheetRequirements: readonly string[],
): (Entry | ReviewReasonEntry)[] {
  return catalogue.map((entry) => (entry.code === SHEET_REASON_CODE ? sheetReason(sheetRequirements) : entry));
}

export const REVIEW_REASONS: readonly ReviewReasonEntry[] = [
  {
    code: 'DOMAIN_REGISTRANT_MISMATCH',
    field: 'subject.name',
    zh: { message: '域名注册人与主办单位不一致。', suggestion: '请将域名过户至主办单位名下，或更换域名后重新提交。' },
    en: {
      message: 'The domain’s registrant is not the filing holder.',
      suggestion: 'Transfer the domain to the filing holder, or use another domain, then submit again.',
    },
  },
  {
    code: 'WEBSITE_NAME_NOT_ALLOWED',
    field: 'websites.0.name',
    zh: {
      message: '网站名称不符合要求（不能使用域名、纯数字、企业名称以外的公司名或含敏感词）。',
      suggestion: '请使用能体现网站内容的中文名称，至少 3 个汉字。',
    },
    en: {
      message: 'The website name is not allowed (a domain, digits only, another company’s name, or restricted words).',
      suggestion: 'Use a Chinese name of at least 3 characters that describes the site’s content.',
    },
  },
  {
    code: 'CERT_EXPIRED',
    field: 'materials.SUBJECT_CERT',
    zh: { message: '证件已过有效期。', suggestion: '请上传有效期内的证件。' },
    en: { message: 'The certificate has expired.', suggestion: 'Upload a certificate that is still valid.' },
  },
  {
    code: 'PHOTO_UNCLEAR',
    field: 'materials.PRINCIPAL_ID_FRONT',
    zh: { message: '证件照片不清晰或不完整。', suggestion: '请在光线充足处拍摄证件原件，确保四角完整、文字清晰。' },
    en: {
      message: 'The photo of the document is blurred or cut off.',
      suggestion: 'Photograph the original in good light with all four corners and legible text.',
    },
  },
  sheetReason(SHEET_REQUIREMENTS),
  {
    code: 'PRE_APPROVAL_MISSING',
    field: 'materials.PRE_APPROVAL',
    zh: { message: '网站内容涉及前置审批，但未提供审批文件。', suggestion: '请上传主管部门出具的前置审批文件。' },
    en: {
      message: 'The website’s content needs a pre-approval, and none was provided.',
      suggestion: 'Upload the pre-approval document issued by the competent authority.',
    },
  },
  {
    code: 'MAILING_ADDRESS_INCOMPLETE',
    field: 'subject.mailingAddress',
    zh: { message: '通信地址不详细。', suggestion: '请填写到门牌号的详细地址。' },
    en: {
      message: 'The mailing address is not detailed enough.',
      suggestion: 'Give the full address down to the door number.',
    },
  },
  {
    code: 'PRINCIPAL_INFO_WRONG',
    field: 'subject.principal',
    zh: { message: '负责人信息与证件不一致。', suggestion: '请按证件核对负责人姓名和证件号码。' },
    en: {
      message: 'The principal’s details do not match the certificate.',
      suggestion: 'Check the principal’s name and certificate number against the document.',
    },
  },
  // The second review's reasons, all on the verification photo (field `photo`): the applicant retakes it.
  {
    code: 'PHOTO_NOT_SAME_PERSON',
    field: 'photo',
    zh: {
      message: '核验照片中的人与负责人证件不是同一人。',
      suggestion: '请由网站负责人本人重新拍摄核验照片。',
    },
    en: {
      message: 'The person in the verification photo is not the principal on the ID.',
      suggestion: 'Have the website principal take the verification photo in person.',
    },
  },
  {
    code: 'PHOTO_FACE_OBSTRUCTED',
    field: 'photo',
    zh: {
      message: '核验照片中面部被遮挡或不完整。',
      suggestion: '请摘下帽子、口罩和眼镜，露出完整面部和双耳后重新拍摄。',
    },
    en: {
      message: 'The face in the verification photo is covered or cut off.',
      suggestion: 'Take off hat, mask and glasses and retake the photo with the whole face and both ears visible.',
    },
  },
  {
    code: 'PHOTO_BACKGROUND_MISSING',
    field: 'photo',
    zh: {
      message: '核验照片中看不到幕布文字或拍照点背景。',
      suggestion: '请站在幕布前，让幕布文字完整出现在头部上方，或到拍照点拍摄。',
    },
    en: {
      message: 'The curtain wording or the photo point backdrop is not visible in the verification photo.',
      suggestion: 'Stand in front of the curtain with its wording fully above your head, or visit a photo point.',
    },
  },
  {
    code: 'PHOTO_MIRRORED_OR_EDITED',
    field: 'photo',
    zh: {
      message: '核验照片经过镜像、裁剪、美颜或其他处理。',
      suggestion: '请关闭美颜和镜像，上传相机直接拍摄的原图。',
    },
    en: {
      message: 'The verification photo was mirrored, cropped, beautified or otherwise edited.',
      suggestion: 'Turn off beauty filters and mirroring and upload the picture as the camera took it.',
    },
  },
  {
    code: 'PHOTO_BLURRED',
    field: 'photo',
    zh: { message: '核验照片模糊或过暗，无法辨认。', suggestion: '请在光线充足处重新拍摄，保持相机稳定。' },
    en: {
      message: 'The verification photo is too blurred or dark to recognise.',
      suggestion: 'Retake it in good light, holding the camera steady.',
    },
  },
  {
    code: 'OTHER',
    field: 'subject',
    zh: { message: '其他问题。', suggestion: '请按审核意见修改。' },
    en: { message: 'Another problem.', suggestion: 'Change what the reviewer describes.' },
  },
];
