// Simplified Chinese: the reviewer workbench, its figures and today's decisions (also shown on the admin overview).
export const review = {
  nav: { workbench: '工作台' },
  workbench: {
    title: '审核工作台',
    intro:
      '当前待审的订单数量和已超过处理时限的订单数量，以及提交管局后短信核验和管局审核中的订单。初审和复审均须在 1 个工作日内完成。',
  },
  figures: { reviews: '审核', bureau: '管局阶段' },
  dashboard: {
    initial: '初审待审',
    initialHint: '等待核对主体信息、网站信息和材料的订单，须在申请人提交后 1 个工作日内完成。',
    second: '复审待审',
    secondHint: '等待核对核验照片的订单，须在提交照片后 1 个工作日内完成。',
    overdue: '已超时',
    overdueHint: '初审或复审已超过处理时限、仍未完成的订单。',
    bureauSms: '短信核验中',
    bureauSmsHint: '已提交管局、等待负责人在 24 小时内完成工信部短信核验的订单。',
    bureauSmsFailed: '核验失败待重新提交',
    bureauSmsFailedHint: '负责人未按时完成核验或核验码输错超过 5 次，等待审核员联系后重新提交管局的订单。',
    bureauSmsFailedLink: '处理核验失败的订单',
    bureauReview: '管局审核中',
    bureauReviewHint: '短信核验已完成、等待管局审核的订单（一般 20 个工作日，浙江 30 个工作日）。',
    bureauOverdue: '已超时',
    bureauOverdueHint: '短信核验超过 24 小时或管局审核超过预计时间仍未完成的订单。',
    loading: '正在加载待审数量…',
    loadFailed: '待审数量加载失败',
  },
  decisionsToday: {
    caption: '今日审核（北京时间 {{date}}）',
    reviewer: '审核员',
    approved: '通过',
    rejected: '驳回',
    total: '合计',
    totalRow: '全部审核员',
    empty: '今日审核：北京时间 {{date}} 还没有人作出通过或驳回的决定。',
  },
};
