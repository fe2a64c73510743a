// The Shanghai app check: the console's QR code panel and the principal's phone page.
export const appCheck = {
  panel: {
    intro: '生成二维码后，请网站负责人用手机扫码（或打开下方链接），在手机上完成核验和拍照。',
    create: '生成二维码',
    renew: '重新生成二维码',
    renewHint: '重新生成后，之前的二维码和链接立即失效。',
    qrLabel: 'App 核验二维码，扫码后在手机上打开核验页面',
    link: '手机核验链接：{{url}}',
    expires: '有效期至 {{time}}（北京时间），仅可使用一次。',
    expired: '二维码已过期，请重新生成。',
    waiting: '正在等待负责人在手机上提交照片，提交后本页会自动更新。',
  },
  phone: {
    title: '上海 App 核验',
    loading: '正在打开核验页面…',
    noToken: '此链接不完整。请在电脑上的控制台重新扫码或复制完整链接。',
    order: '订单号',
    principal: '网站负责人',
    expires: '链接有效期至 {{time}}（北京时间）',
    ending: {
      title: '第 1 步：核对身份',
      intro: '请网站负责人本人输入身份证号码的后 6 位。',
      label: '身份证号码后 6 位',
      hint: '6 位数字，最后一位可能是 X。',
      format: '请输入 6 位：前 5 位为数字，最后一位为数字或 X。',
      submit: '下一步',
      triesLeft_one: '{{message}}还可以再试 {{count}} 次。',
      triesLeft_other: '{{message}}还可以再试 {{count}} 次。',
    },
    photo: {
      title: '第 2 步：拍摄核验照片',
      intro: '请负责人本人正对前置摄像头拍照。',
      input: '核验照片',
      submit: '提交照片',
      progress: '正在上传 {{percent}}%',
    },
    done: {
      title: '照片已提交',
      body: '订单 {{orderNo}} 的核验照片已提交复审，复审将在 {{time}}（北京时间）前完成。您可以关闭此页面。',
    },
    ended: '请在电脑上的控制台重新生成二维码后再试。',
  },
};
