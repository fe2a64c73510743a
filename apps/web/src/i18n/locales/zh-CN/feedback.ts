// Simplified Chinese: form validation messages and the API's error codes (errors.<CODE>).
import type { ErrorCode } from '@beian/contracts';
import type { ClientErrorCode } from '../../../lib/api-error.ts';
export const validation = {
  required: '此项为必填项',
  email: '请输入有效的邮箱地址，例如 name@example.com',
  tooShort: '至少需要 {{min}} 个字符',
  tooLong: '最多 {{max}} 个字符',
  invalid: '格式不正确',
  orderNo: '订单号为 BA 加 13 位数字',
};

export const errors = {
  VALIDATION_FAILED: '提交的信息有误，请检查标出的字段。',
  MALFORMED_JSON: '请求格式不正确，请刷新页面后重试。',
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  INVALID_CREDENTIALS: '邮箱或密码不正确，请检查后重试。',
  FORBIDDEN: '您的角色无权执行此操作。',
  CSRF_INVALID: '页面安全令牌已过期，请刷新页面后重试。',
  NOT_FOUND: '未找到请求的内容。',
  CONFLICT: '操作与当前数据冲突，请刷新后重试。',
  EMAIL_TAKEN: '该邮箱已注册，请直接登录或使用其他邮箱。',
  STALE_VERSION: '数据已被他人更新，请刷新后重试。',
  ILLEGAL_TRANSITION: '当前状态下不能执行此操作。',
  RATE_LIMITED: '请求过于频繁，请稍后重试。',
  PAYLOAD_TOO_LARGE: '文件或内容过大。',
  UNSUPPORTED_MEDIA_TYPE: '不支持该文件类型。',
  ACCOUNT_DISABLED: '该账号已停用，请联系管理员。',
  FILING_NOT_EDITABLE: '订单当前状态下不能修改信息。',
  FIELD_NOT_EDITABLE: '此项不能修改：驳回意见未涉及该项。',
  ORDER_IN_FLIGHT: '该主体或域名已有一个正在办理的备案订单。',
  FILING_PASSWORD_WRONG: '备案密码不正确。',
  SUBJECT_LOCKED: '备案密码错误次数过多，主体已被暂时锁定。',
  MOBILE_NOT_SAVED: '请先填写有效的主体负责人手机号，再获取验证码。',
  SMS_RESEND_TOO_SOON: '验证码发送过于频繁，请稍后再获取。',
  SMS_HOURLY_LIMIT: '该手机号 1 小时内获取验证码次数已达上限，请稍后再试。',
  SMS_CODE_WRONG: '验证码不正确，请检查后重新输入。',
  SMS_CODE_EXPIRED: '验证码已过期，请重新获取。',
  WEBSITE_NOT_OF_SUBJECT: '该网站不属于本订单的主体。',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后重试。',
  INTERNAL: '服务器出现问题，请稍后重试。如需联系技术支持，请提供请求编号。',
  NETWORK_ERROR: '无法连接到服务器，请检查网络后重试。',
  UNKNOWN: '出现未知错误，请稍后重试。',
} satisfies Record<ErrorCode | ClientErrorCode, string>;
