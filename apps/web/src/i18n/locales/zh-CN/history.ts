// A filing's history as the applicant reads it: review rounds and status changes.
export const history = {
  title: '审核记录',
  round: {
    INITIAL: '第 {{round}} 次初审',
    SECOND: '第 {{round}} 次复审',
  },
  outcome: {
    PENDING: '审核中',
    APPROVED: '已通过',
    REJECTED: '未通过',
    WITHDRAWN: '已撤回',
  },
  submittedAt: '提交时间：{{at}}（北京时间）',
  decidedAt: {
    APPROVED: '提交时间：{{submitted}} · 审核时间：{{at}}（北京时间）',
    REJECTED: '提交时间：{{submitted}} · 审核时间：{{at}}（北京时间）',
    WITHDRAWN: '提交时间：{{submitted}} · 撤回时间：{{at}}（北京时间）',
  },
  reasons: '驳回意见',
  separator: '：',
  changes: '全部状态变更（北京时间）',
  change: '{{from}} → {{to}}',
  opened: '创建订单（{{to}}）',
  actor: {
    APPLICANT: '申请人',
    PROVIDER: '服务商',
    BUREAU: '管局',
    SYSTEM: '系统',
  },
  loadFailed: '审核记录加载失败：{{message}}',
};
