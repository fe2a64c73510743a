// 驳回后的修改与重新提交、撤销提交。
export const rejection = {
  title: '初审未通过：请根据以下意见修改后重新提交',
  separator: '：',
  suggestion: '修改建议：{{suggestion}}',
  withSuggestion: '{{message}} 修改建议：{{suggestion}}',
  website: '网站「{{name}}」',
  notNamed: '此项无需修改',
  websiteReasons: '该网站的驳回意见',
  withdraw: {
    action: '撤销提交',
    title: '撤销订单 {{orderNo}} 的提交？',
    body: '撤销后订单回到草稿，可以继续修改，修改后需重新提交初审。审核员开始审核后将无法撤销。',
    confirm: '确认撤销',
    cancel: '暂不撤销',
    failed: '撤销失败：{{message}}',
  },
  resubmit: '重新提交',
};
