// Simplified Chinese: the reviewer workbench, its figures and today's decisions (also shown on the admin overview).
export const review = {
  nav: { workbench: '工作台' },
  workbench: {
    title: '审核工作台',
    intro: '当前待审的订单数量和已超过处理时限的订单数量。初审和复审均须在 1 个工作日内完成。',
  },
  dashboard: {
    initial: '初审待审',
    initialHint: '等待核对主体信息、网站信息和材料的订单，须在申请人提交后 1 个工作日内完成。',
    second: '复审待审',
    secondHint: '等待核对核验照片的订单，须在提交照片后 1 个工作日内完成。',
    overdue: '已超时',
    overdueHint: '初审或复审已超过处理时限、仍未完成的订单。',
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
