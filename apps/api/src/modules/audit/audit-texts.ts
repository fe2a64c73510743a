// The audit log's words in Simplified Chinese for the CSV export, which is read in a spreadsheet, not in the web app
// (whose own labels are in its locales). Every action and record type of the catalogue has one.
import type { AuditAction, AuditTargetType, Role } from '@beian/contracts';
import type { FilingState } from '@beian/domain';

export const ACTION_TEXTS = {
  'filing.submit': '提交备案',
  'filing.withdraw': '撤回备案',
  'filing.approve': '审核通过',
  'filing.reject': '审核驳回',
  'filing.resubmit': '重新提交',
  'filing.submitPhoto': '提交核验照片',
  'filing.smsConfirmed': '短信核验完成',
  'filing.smsExpired': '短信核验失败',
  'filing.resubmitToBureau': '重新提交管局',
  'filing.bureauApprove': '管局审核通过',
  'filing.bureauReject': '管局驳回',
  'filing.abandon': '放弃备案',
  'filing.expire': '备案过期',
  'photoPoint.create': '新建拍照点',
  'photoPoint.update': '修改拍照点',
  'photoPoint.deactivate': '停用拍照点',
  'photoPoint.activate': '启用拍照点',
  'photoPoint.assignOperator': '指派拍照点操作员',
  'photoPoint.unassignOperator': '移除拍照点操作员',
  'photoPoint.lookup': '拍照点查询订单',
  'photoPoint.viewIdImage': '拍照点查看证件图片',
  'curtain.ship': '幕布寄出',
  'curtain.deliver': '幕布签收',
  'curtain.return': '幕布退回',
  'curtain.grant': '允许再次申请幕布',
  'curtain.export': '导出幕布邮寄清单',
  'rules.publish': '发布省级规则',
  'suffixes.publish': '发布工信部域名后缀',
  'calendar.publish': '发布节假日安排',
  'account.role': '更改角色',
  'account.disable': '停用账号',
  'account.enable': '启用账号',
  'account.invite': '邀请工作人员',
  'account.inviteRevoke': '撤销邀请',
  'account.inviteAccept': '接受邀请',
  'account.passwordReset': '重置密码',
  'review.assign': '改派审核',
  'simulator.bureau.decide': '模拟管局决定',
  'setup.first-admin': '创建首个管理员',
  'audit.export': '导出审计日志',
} satisfies Record<AuditAction, string>;

export const TARGET_TEXTS = {
  filing: '备案订单',
  photoPoint: '拍照点',
  curtainRequest: '幕布申请',
  account: '账号',
  invitation: '邀请',
  ruleSet: '规则集',
  calendarYear: '节假日年度',
  auditLog: '审计日志',
  Account: '账号',
  Filing: '备案订单',
  SimBureauSubmission: '模拟管局报送',
} satisfies Record<AuditTargetType, string>;

export const ROLE_TEXTS = {
  APPLICANT: '申请人',
  REVIEWER: '审核员',
  ADMIN: '管理员',
  OPERATOR: '拍照点操作员',
} satisfies Record<Role, string>;

export const SYSTEM_TEXT = '系统';

export const RULE_SET_TEXTS = { PROVINCE_RULES: '省级规则', MIIT_SUFFIXES: '工信部域名后缀' } as const;

export const FILING_STATUS_TEXTS = {
  DRAFT: '草稿',
  INITIAL_REVIEW: '初审中',
  INITIAL_REJECTED: '初审驳回',
  PHOTO_PENDING: '待拍照',
  SECOND_REVIEW: '复审中',
  PHOTO_REJECTED: '照片驳回',
  BUREAU_SMS: '工信部短信核验中',
  SMS_FAILED: '短信核验失败',
  BUREAU_REVIEW: '管局审核中',
  BUREAU_REJECTED: '管局驳回',
  COMPLETED: '备案完成',
  ABANDONED: '已放弃',
  EXPIRED: '已过期',
} satisfies Record<FilingState, string>;

/** Field names the writers use in before, after and detail; others are shown as they are named. */
export const FIELD_TEXTS: Record<string, string> = {
  status: '状态',
  role: '角色',
  active: '启用',
  name: '名称',
  address: '地址',
  hours: '营业时间',
  phone: '电话',
  province: '省份',
  city: '城市',
  email: '邮箱',
  displayName: '姓名',
  version: '版本',
  year: '年度',
  reason: '原因',
  reasons: '原因',
  round: '报送轮次',
  failure: '失败原因',
  method: '拍照方式',
  idleDays: '闲置天数',
  orderNo: '备案订单号',
  decision: '决定',
  claimedBy: '审核人',
  reviewer: '审核人',
  operator: '操作员',
  trackingNo: '运单号',
  found: '找到',
  count: '条数',
  capped: '已截断',
};
