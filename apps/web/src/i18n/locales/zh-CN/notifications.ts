// The applicant's in-console notification centre: the navigation entry with its unread count, the page, and the
// words of each notification template (the API sends a template code and its parameters, never text).
export const notifications = {
  nav: '消息通知',
  navUnread_one: '消息通知，{{count}} 条未读',
  navUnread_other: '消息通知，{{count}} 条未读',
  page: {
    title: '消息通知',
    intro: '备案订单的每一步进展都会在这里通知您，同时发送邮件和短信。打开本页即视为已读。',
    listLabel: '消息列表',
    markAll: '全部标为已读',
    markedAll: '已全部标为已读。',
    markAllFailed: '未能标为已读：{{message}}',
    loadFailed: '消息加载失败：{{message}}',
    retry: '重新加载',
    emptyTitle: '暂无消息',
    emptyBody: '提交备案或初审有结果时，我们会在这里通知您。',
    limited: '仅显示最近 {{limit}} 条消息。',
  },
  item: {
    unread: '未读',
    orderNo: '备案订单',
    received: '收到于 {{time}}（北京时间）',
  },
  templates: {
    FILING_SUBMITTED: {
      title: '已提交初审',
      titleAgain: '已重新提交初审',
      message: '我们将在 {{due}}（北京时间）前完成初审，审核期间订单信息不可修改。',
      noDue: '初审一般在 1 个工作日内完成，审核期间订单信息不可修改。',
    },
    INITIAL_APPROVED: {
      title: '初审已通过',
      message: '初审已通过，请办理拍照核验。',
      action: '办理拍照核验',
    },
    INITIAL_REJECTED: {
      title: '初审未通过',
      reasons: '原因：{{reasons}}',
      message: '请按标出的项目修改后重新提交。',
      action: '查看并修改',
    },
    IDLE_REMINDER: {
      title: '订单即将过期',
      message_one: '您的备案订单已 {{count}} 天未操作，将于 {{expiresAt}}（北京时间）过期。过期后需重新开始备案。',
      message_other: '您的备案订单已 {{count}} 天未操作，将于 {{expiresAt}}（北京时间）过期。过期后需重新开始备案。',
      noExpiry: '您的备案订单已多日未操作，连续 {{days}} 天未操作将自动过期。过期后需重新开始备案。',
      action: '继续办理',
    },
    FILING_EXPIRED: {
      title: '订单已过期',
      message: '订单已连续 {{days}} 天未操作，已自动过期，已填写的信息仍会保留。如需备案，请重新开始备案。',
      action: '重新开始备案',
    },
    PHOTO_SUBMITTED: {
      title: '已提交核验照片',
      message: '我们将在 {{due}}（北京时间）前完成复审。',
      noDue: '复审一般在 1 个工作日内完成。',
      action: '查看拍照进度',
    },
    SECOND_APPROVED: {
      title: '复审已通过',
      message: '订单即将提交管局。工信部会向网站负责人的手机发送短信核验码，请在 24 小时内完成核验。',
    },
    SECOND_REJECTED: {
      title: '核验照片未通过',
      reasons: '原因：{{reasons}}',
      message: '请按原因重新拍照并提交，已收到的幕布可以继续使用。',
      action: '重新拍照',
    },
    CURTAIN_SHIPPED: {
      title: '幕布已寄出',
      message: '幕布已由顺丰寄出，运单号 {{trackingNo}}。收到后请自拍核验照片并上传。',
      action: '上传核验照片',
    },
    BUREAU_SUBMITTED: {
      title: '已提交管局，请完成工信部短信核验',
      titleAgain: '已重新提交管局，请完成工信部短信核验',
      message:
        '工信部已向主体负责人和网站负责人的手机发送核验码。请每位负责人在 {{due}}（北京时间）前，在工信部短信核验页面输入手机号、核验码和本人证件号码后六位。',
      noDue:
        '工信部已向主体负责人和网站负责人的手机发送核验码。请每位负责人在 24 小时内，在工信部短信核验页面输入手机号、核验码和本人证件号码后六位。',
      action: '查看核验进度',
    },
    BUREAU_SMS_CONFIRMED: {
      title: '工信部短信核验已完成',
      message: '管局正在审核，预计在 {{due}}（北京时间）前完成。',
      noDue: '管局正在审核，结果会通知您。',
      action: '查看备案进度',
    },
    BUREAU_SMS_FAILED: {
      title: '工信部短信核验未完成',
      DEADLINE: '24 小时内未完成全部核验。',
      WRONG_CODES: '核验码或证件号码后六位输错超过 5 次。',
      message: '您无需重新填写。审核员会与您联系，并重新提交管局，届时工信部会发送新的核验码。',
      action: '查看备案进度',
    },
    BUREAU_APPROVED: {
      title: '管局审核通过，备案完成',
      message: '主体备案号 {{subjectFilingNo}}，网站备案号 {{websiteFilingNos}}。本云服务商已列为网站的接入服务商。',
      action: '查看备案信息',
    },
    BUREAU_REJECTED: {
      title: '管局审核未通过',
      reason: '管局意见：{{reason}}',
      message: '请按意见修改主体、网站信息或材料后重新提交，订单将重新进入初审。',
      action: '修改并重新提交',
    },
  },
};
