// The photo step (办理拍照) of the applicant's wizard.
export const photo = {
  approved: {
    title: '初审已通过',
    body: '您的备案订单于 {{time}}（北京时间）通过初审，请尽快办理拍照核验。',
  },
  status: {
    PHOTO_REJECTED: '核验照片未通过复审，请按退回的原因重新拍照并提交。',
    SECOND_REVIEW: '核验照片已提交，正在复审，复审在 1 个工作日内完成。',
    beyond: '核验照片已通过复审，备案当前状态为“{{status}}”。',
  },
  order: {
    title: '订单号',
    hint: '前往拍照点时请出示此订单号，工作人员凭订单号找到您的订单。',
    copy: '复制',
    copyLabel: '复制订单号 {{orderNo}}',
    copied: '订单号已复制。',
    copyFailed: '无法复制，请手动选中订单号复制。',
  },
  methods: {
    title: '拍照方式',
    intro: '请任选一种可使用的方式，由网站负责人本人完成拍照核验。',
    available: '可使用',
    unavailable: '不可使用',
    APP_CHECK: {
      title: '上海 App 核验',
      condition: '适用条件：上海的备案，网站负责人持居民身份证；单位备案的多个网站须为同一位负责人。',
      how: '网站负责人在手机上打开核验页面，按提示拍摄本人手持身份证的照片并提交，无需前往拍照点或等待幕布。',
    },
    PHOTO_POINT: {
      title: '拍照点拍照',
      bring: '网站负责人本人携带身份证件原件和订单号，前往任意一家指定拍照点（不限于{{province}}），拍照免费。',
      operator: '工作人员凭订单号找到订单，现场拍照并代为上传，您无需自行上传照片。',
    },
    CURTAIN: {
      title: '幕布邮寄',
      free: '每个账号可免费申请一次幕布，以顺丰快递寄出，幕布无需寄回。',
      dispatch: '工作日 16:00（北京时间）前提交的申请当天寄出；16:00 以后、周末或节假日提交的，在下一个工作日寄出。',
      photo: '收到幕布后，请网站负责人站在幕布中间，露出清晰的五官和幕布上的字样，在光线充足处拍照。',
      upload: '自行上传照片：仅支持 JPEG 格式，大小不超过 2 MB。',
    },
  },
  next: {
    title: '接下来',
    review: '照片提交后进入复审，复审在 1 个工作日内完成，结果会通过邮件、短信和站内通知告诉您。',
    rejected: '照片未通过复审时，会附上原因退回，请按原因重新拍照。',
    bureau: '复审通过后，备案将提交至管局审核。',
  },
  notOpen: { back: '查看提交审核' },
  loadFailed: '拍照信息加载失败：{{message}}',
  retry: '重新加载',
};
