// Simplified Chinese: the simulated MIIT verification page (工信部短信核验), where each verifier confirms a submission.
export const miitSmsCheck = {
  title: '短信核验',
  ministry: '工业和信息化部政务服务平台',
  system: 'ICP/IP地址/域名信息备案管理系统',
  simulation:
    '这是本控制台对工信部短信核验页面的模拟，仅在模拟器运行时可用。正式环境中，负责人在工信部备案管理系统完成核验。',
  intro:
    '备案提交管局后，您会收到工信部发送的核验短信。请在 24 小时内输入收到短信的手机号码、短信中的核验码和本人证件号码后六位。',
  form: {
    label: '短信核验信息',
    mobile: '手机号码',
    mobileHint: '收到核验短信的 11 位手机号码',
    code: '短信核验码',
    codeHint: '短信中的 6 位数字',
    certEnding: '证件号码后六位',
    certEndingHint: '本人证件号码的最后 6 位，字母 X 大小写均可',
    submit: '提交核验',
    submitting: '正在核验…',
  },
  outcome: {
    confirmed: {
      title: '核验成功',
      all: '订单 {{orderNo}} 的所有负责人均已完成短信核验，备案已进入管局审核。您可以关闭此页面。',
      some: '您已完成订单 {{orderNo}} 的短信核验。还有负责人尚未核验，请提醒其在 24 小时内完成。',
    },
    alreadyConfirmed: {
      title: '已核验',
      body: '此手机号码已完成订单 {{orderNo}} 的短信核验，无需重复提交。',
    },
    wrongCode: {
      title: '核验码或证件号码后六位不正确',
      body_zero: '请核对后重新输入。再输错一次，本次核验即失效，需要由接入服务商重新提交备案。',
      body_one: '请核对后重新输入。还可再输错 {{count}} 次，超过后本次核验失效。',
      body_other: '请核对后重新输入。还可再输错 {{count}} 次，超过后本次核验失效。',
    },
    expired: {
      title: '核验已失效',
      body: '订单 {{orderNo}} 的短信核验已超过 24 小时或输错次数过多，已经失效。接入服务商会重新提交备案，届时您将收到新的核验短信。',
    },
    notAVerifier: {
      title: '未找到待核验的备案',
      body: '没有等待此手机号码核验的备案订单。请确认输入的是收到核验短信的手机号码。',
    },
  },
  failed: '核验未能提交',
};
