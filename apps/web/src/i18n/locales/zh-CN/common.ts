// Simplified Chinese: words shared by every screen (product name, shell, roles and language names).
export const common = {
  appName: '备案控制台',
  pageTitle: '{{page}} · 备案控制台',
  skipToContent: '跳到主要内容',
  loading: '正在加载…',
  signOut: '退出登录',
  signingOut: '正在退出…',
  signOutFailed: '退出失败，请重试。',
  currentUser: '当前用户',
  language: '语言',
  requestId: '请求编号：{{id}}',
  backHome: '返回首页',
  areaNav: {
    APPLICANT: '申请人导航',
    REVIEWER: '审核工作台导航',
    ADMIN: '管理后台导航',
    OPERATOR: '拍照点导航',
  },
  roles: {
    APPLICANT: '申请人',
    REVIEWER: '审核员',
    ADMIN: '管理员',
    OPERATOR: '拍照点工作人员',
  },
  // Each language is named in its own language so that people can find theirs.
  languageNames: { 'zh-CN': '中文', 'en-US': 'English' },
};
