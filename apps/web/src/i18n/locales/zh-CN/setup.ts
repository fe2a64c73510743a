// Simplified Chinese: the one-time page that creates the first administrator.
export const setup = {
  title: '创建首个管理员',
  heading: '创建首个管理员',
  intro:
    '这是控制台启动时打印的一次性链接，有效期至 {{expiresAt}}（北京时间）。创建后链接即失效，此后的账号由管理员在控制台中开设。',
  checking: '正在核对链接…',
  noToken: {
    title: '链接不完整',
    body: '请完整复制控制台启动时打印的链接（含 # 之后的部分）后再打开。',
  },
  form: {
    displayName: '姓名',
    email: '邮箱',
    emailHint: '管理员用此邮箱登录并接收通知。',
    password: '密码',
    passwordHint: '至少 {{min}} 个字符。请自行设定并妥善保管，系统不会显示或发送此密码。',
    submit: '创建管理员',
    submitting: '正在创建…',
  },
  done: {
    title: '管理员已创建',
    body: '请使用 {{email}} 和刚设定的密码登录。',
    signIn: '前往登录',
  },
};
