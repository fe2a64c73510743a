// Simplified Chinese: a verification photo as a record (how, where, by whom, when), and step 4 once the photo is in:
// in second review, rejected with reasons, or approved and waiting for the MIIT SMS check.
export const photoRecord = {
  methods: { CURTAIN: '幕布自拍', APP_CHECK: '上海 App 核验', PHOTO_POINT: '拍照点拍照' },
  origin: {
    CURTAIN: '申请人使用邮寄的幕布自拍',
    APP_CHECK: '上海 App 核验，由负责人在手机上完成',
    PHOTO_POINT: '{{city}}·{{point}}，操作员 {{operator}}',
    pointUnknown: '拍照点（名称不详）',
    operatorUnknown: '不详',
  },
  /** A rejection reason's field: the second review's reasons name the photo. */
  field: '核验照片',
  alt: '核验照片（{{method}}）',
  facts: { method: '拍照方式', origin: '拍摄地点与拍摄人', takenAt: '提交时间（北京时间）' },
  loadFailed: '照片未能载入，请刷新页面重试。',
  inReview: {
    title: '核验照片已提交，正在复审',
    due: '复审将在 {{due}}（北京时间）前完成，结果会通过短信、邮件和站内消息通知您。',
    noDue: '复审一般在 1 个工作日内完成，结果会通过短信、邮件和站内消息通知您。',
    photo: '已提交的核验照片',
  },
  rejected: {
    title: '核验照片未通过复审',
    intro: '请按以下原因重新拍照。可选择下方任一可用的拍照方式，已收到的幕布可以继续使用。',
    reasons: '驳回原因',
    at: '{{time}}（北京时间）驳回',
    previous: '被驳回的照片',
  },
  approved: {
    title: '核验照片已通过复审',
    smsWait:
      '订单正在等待工信部短信核验：工信部会向网站负责人的手机发送短信，请在收到后 24 小时内按短信提示完成核验。核验完成后订单提交管局审核。',
    later: '订单已进入管局阶段，核验照片已通过复审。',
    photo: '已通过复审的核验照片',
  },
};
