// Simplified Chinese: the simulated phone beside the SMS code field (demo only: the SMS gateway is simulated).
export const simulatedPhone = {
  open: '查看模拟手机短信',
  close: '收起模拟手机短信',
  intro: '演示环境不会真正发送短信。这里是备案中手机号 {{mobiles}} 收到的、与本订单有关的短信。',
  noMobiles: '演示环境不会真正发送短信。请先填写并保存手机号。',
  waiting: '正在等待短信送达…',
  listLabel: '模拟手机收到的短信',
  to: '发往 {{mobile}}',
  sentAt: '{{at}}（北京时间）',
};
