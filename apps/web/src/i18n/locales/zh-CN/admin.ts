// Simplified Chinese: the admin console (overview).
export const admin = {
  nav: { overview: '概览', audit: '审计日志' },
  overview: {
    title: '管理概览',
    intro: '查看当前的审核工作量，并查阅管理操作的记录。',
    reviewHeading: '审核工作量',
    auditHeading: '审计日志',
    auditBody:
      '管理员的每一次变更、备案状态的每一次流转和其他与安全相关的操作都会记入审计日志，可按操作人、备案订单号、操作和日期筛选并导出。',
    openAudit: '查看审计日志',
  },
};
