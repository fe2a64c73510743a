// 驳回后的修改与重新提交、撤销提交。
export const rejection = {
  title: '初审未通过：请根据以下意见修改后重新提交',
  separator: '：',
  suggestion: '修改建议：{{suggestion}}',
  withSuggestion: '{{message}} 修改建议：{{suggestion}}',
  website: '网站「{{name}}」',
  notNamed: '此项无需修改',
  resubmit: '重新提交',
};
