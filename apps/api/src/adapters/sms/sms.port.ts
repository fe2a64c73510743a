// What the API needs from an SMS gateway: send one templated text to a mainland mobile.

export const SMS_TEMPLATES = {
  VERIFY_CODE: '【本云备案】您的验证码为 {code}，{minutes} 分钟内有效。如非本人操作，请忽略。',
  MIIT_SMS_CHECK:
    '【工信部】您的备案订单 {orderNo} 已提交至管局，核验码 {code}，请在 24 小时内登录工信部备案系统完成短信核验。',
  FILING_STATUS: '【本云备案】您的备案订单 {orderNo} 状态已更新为「{status}」，请登录控制台查看。',
  CURTAIN_SHIPPED: '【本云备案】幕布已寄出，顺丰单号 {trackingNo}，请注意查收。',
  FILING_SUBMITTED:
    '【本云备案】您的备案订单 {orderNo} 已提交初审，我们将在 {dueAt}前完成审核，结果会以短信和控制台消息通知您。',
  INITIAL_APPROVED: '【本云备案】您的备案订单 {orderNo} 已通过初审，请登录控制台办理拍照核验。',
  INITIAL_REJECTED: '【本云备案】您的备案订单 {orderNo} 初审未通过：{reasons}请登录控制台按提示修改后重新提交。',
  IDLE_REMINDER:
    '【本云备案】您的备案订单 {orderNo} 已 {day} 天未操作，将于 {expiresAt}过期，过期后需重新开始备案。请登录控制台继续办理。',
  PHOTO_SUBMITTED:
    '【本云备案】您的备案订单 {orderNo} 已提交核验照片，我们将在 {dueAt}前完成复审，结果会以短信和控制台消息通知您。',
  SECOND_APPROVED: '【本云备案】您的备案订单 {orderNo} 已通过复审，即将提交管局，请留意工信部的短信核验。',
  SECOND_REJECTED: '【本云备案】您的备案订单 {orderNo} 核验照片未通过：{reasons}请登录控制台重新拍照。',
  BUREAU_SUBMITTED:
    '【本云备案】您的备案订单 {orderNo} 已提交管局，工信部已向负责人手机发送核验码，请在 {smsDeadline}前完成工信部短信核验。',
  BUREAU_SMS_CONFIRMED:
    '【本云备案】您的备案订单 {orderNo} 已完成工信部短信核验，管局审核中，预计 {bureauDueAt}前完成。',
  BUREAU_SMS_FAILED: '【本云备案】您的备案订单 {orderNo} 工信部短信核验未完成（{why}），我们将联系您并重新提交管局。',
  BUREAU_APPROVED: '【本云备案】您的备案订单 {orderNo} 已通过管局审核，备案完成，网站备案号 {websiteFilingNos}。',
  BUREAU_REJECTED: '【本云备案】您的备案订单 {orderNo} 未通过管局审核：{reason}请登录控制台修改后重新提交。',
  FILING_EXPIRED:
    '【本云备案】您的备案订单 {orderNo} 已连续 45 天未操作，已自动过期，已填写的信息仍会保留。如需备案，请登录控制台重新开始。',
} as const;
export type SmsTemplate = keyof typeof SMS_TEMPLATES;

/** Why a text is sent, for the outbox and for rate limits. */
export type SmsPurpose = 'PRINCIPAL_MOBILE' | 'MIIT_VERIFICATION' | 'NOTIFICATION' | 'CURTAIN';

export interface SmsMessage {
  readonly mobile: string;
  readonly template: SmsTemplate;
  readonly params: Readonly<Record<string, string>>;
  readonly purpose: SmsPurpose;
}

export interface SmsGateway {
  /** Sends the text and returns the gateway's message id. Refuses a number that is not a mainland mobile. */
  send(message: SmsMessage): Promise<{ messageId: string }>;
}

/** The template text with `{name}` placeholders filled; a missing parameter is a programmer error. */
export function renderSms(template: SmsTemplate, params: Readonly<Record<string, string>>): string {
  return SMS_TEMPLATES[template].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`SMS template ${template} needs the parameter ${name}`);
    return value;
  });
}
