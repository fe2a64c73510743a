// The words of the account's own emails in Chinese and English: the link that confirms a registration, the note to an
// owner whose address someone tried to register again, the notice of a changed password, the password reset link and
// a staff invitation. Times read on the Beijing wall clock. Nothing a registering stranger typed (such as a name) goes
// into an email to the address; an invitation carries only what an administrator wrote.
import { formatBeijing } from '@beian/domain';

export const ACCOUNT_EMAIL_TEMPLATES = [
  'ACCOUNT_VERIFY',
  'REGISTRATION_ATTEMPT',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'STAFF_INVITATION',
] as const;
export type AccountEmailTemplate = (typeof ACCOUNT_EMAIL_TEMPLATES)[number];

export const isAccountEmailTemplate = (template: string): template is AccountEmailTemplate =>
  (ACCOUNT_EMAIL_TEMPLATES as readonly string[]).includes(template);

export type AccountEmailLinks = {
  /** The link that confirms the registration with this verification id. */
  verify: (verificationId: string) => string;
  /** The link that sets a new password with this reset id. */
  resetPassword: (resetId: string) => string;
  /** The link that accepts this staff invitation. */
  invitation: (invitationId: string) => string;
  signIn: string;
  /** The account & security page (after sign-in). */
  account: string;
};

type Params = Readonly<Record<string, string>>;
type Mail = { subject: string; text: string };

const param = (params: Params, name: string): string => {
  const value = params[name];
  if (value === undefined) throw new RangeError(`The account email has no parameter ${name}`);
  return value;
};

const beijing = (iso: string) => formatBeijing(iso);

const ROLE_NAMES: Record<string, { zh: string; en: string }> = {
  REVIEWER: { zh: '审核员', en: 'reviewer' },
  ADMIN: { zh: '管理员', en: 'administrator' },
  OPERATOR: { zh: '拍照点操作员', en: 'photo point operator' },
};
const roleName = (p: Params, locale: 'zh' | 'en') => ROLE_NAMES[param(p, 'role')]?.[locale] ?? param(p, 'role');

const zh = {
  ACCOUNT_VERIFY: (p: Params, links: AccountEmailLinks): Mail => ({
    subject: '请确认邮箱，完成备案控制台注册',
    text: [
      '您好：',
      '',
      `有人用此邮箱注册了备案控制台账号。如果是您本人，请在 ${beijing(param(p, 'expiresAt'))}（北京时间）前打开下面的链接确认邮箱，确认后将直接登录：`,
      '',
      links.verify(param(p, 'verificationId')),
      '',
      '链接只能使用一次。如果不是您本人注册，请忽略本邮件，该账号不会生效。',
      '',
      '本邮件由系统自动发送，请勿回复。',
    ].join('\n'),
  }),
  REGISTRATION_ATTEMPT: (_p: Params, links: AccountEmailLinks): Mail => ({
    subject: '有人尝试用您的邮箱注册备案控制台',
    text: [
      '您好：',
      '',
      '刚才有人尝试用此邮箱注册备案控制台。此邮箱已有账号，因此没有创建新账号，您的账号也没有任何改动。',
      '',
      `如果是您本人，请直接登录：${links.signIn}`,
      `如需修改密码，登录后在“账户与安全”页面修改：${links.account}`,
      '如果不是您本人，无需处理。',
      '',
      '本邮件由系统自动发送，请勿回复。',
    ].join('\n'),
  }),
  PASSWORD_CHANGED: (p: Params, links: AccountEmailLinks): Mail => ({
    subject: '您的备案控制台密码已修改',
    text: [
      '您好：',
      '',
      `您账号的密码已于 ${beijing(param(p, 'changedAt'))}（北京时间）修改，其他设备上的登录已全部退出。`,
      '',
      `如果这不是您本人的操作，您的账号可能已被他人使用，请立即联系管理员。登录地址：${links.signIn}`,
      '',
      '本邮件由系统自动发送，请勿回复。',
    ].join('\n'),
  }),
  PASSWORD_RESET: (p: Params, links: AccountEmailLinks): Mail => ({
    subject: '重置您的备案控制台密码',
    text: [
      '您好：',
      '',
      `有人请求重置此邮箱对应的备案控制台账号密码。如果是您本人，请在 ${beijing(param(p, 'expiresAt'))}（北京时间）前打开下面的链接设置新密码：`,
      '',
      links.resetPassword(param(p, 'resetId')),
      '',
      '链接只能使用一次；再次申请重置后，此链接即失效。设置新密码后，所有设备上的登录都会退出。',
      '如果不是您本人申请，请忽略本邮件，您的密码不会改变。',
      '',
      '本邮件由系统自动发送，请勿回复。',
    ].join('\n'),
  }),
  STAFF_INVITATION: (p: Params, links: AccountEmailLinks): Mail => ({
    subject: '邀请您加入备案控制台',
    text: [
      `${param(p, 'displayName')}，您好：`,
      '',
      `${param(p, 'invitedBy')} 邀请您以“${roleName(p, 'zh')}”身份加入备案控制台。请在 ${beijing(param(p, 'expiresAt'))}（北京时间）前打开下面的链接，设置密码后即可登录：`,
      '',
      links.invitation(param(p, 'invitationId')),
      '',
      '链接只能使用一次。如果您不认识邀请人，请忽略本邮件。',
      '',
      '本邮件由系统自动发送，请勿回复。',
    ].join('\n'),
  }),
};

const en: typeof zh = {
  ACCOUNT_VERIFY: (p, links) => ({
    subject: 'Confirm your email to finish signing up for Beian Console',
    text: [
      'Hello,',
      '',
      `This address was used to sign up for Beian Console. If that was you, open the link below before ${beijing(param(p, 'expiresAt'))} (Beijing time) to confirm it; you will be signed in straight away:`,
      '',
      links.verify(param(p, 'verificationId')),
      '',
      'The link works once. If you did not sign up, ignore this email and the account will not be activated.',
      '',
      'This email was sent automatically; please do not reply.',
    ].join('\n'),
  }),
  REGISTRATION_ATTEMPT: (_p, links) => ({
    subject: 'Someone tried to sign up for Beian Console with your email',
    text: [
      'Hello,',
      '',
      'Someone just tried to sign up for Beian Console with this address. It already has an account, so no new account was created and nothing about yours has changed.',
      '',
      `If it was you, sign in: ${links.signIn}`,
      `To change your password, sign in and open Account & security: ${links.account}`,
      'If it was not you, there is nothing to do.',
      '',
      'This email was sent automatically; please do not reply.',
    ].join('\n'),
  }),
  PASSWORD_CHANGED: (p, links) => ({
    subject: 'Your Beian Console password was changed',
    text: [
      'Hello,',
      '',
      `The password of your account was changed at ${beijing(param(p, 'changedAt'))} (Beijing time), and every other browser signed in to it was signed out.`,
      '',
      `If you did not do this, someone else may be using your account: contact your administrator at once. Sign in at ${links.signIn}`,
      '',
      'This email was sent automatically; please do not reply.',
    ].join('\n'),
  }),
  PASSWORD_RESET: (p, links) => ({
    subject: 'Reset your Beian Console password',
    text: [
      'Hello,',
      '',
      `Someone asked to reset the password of the Beian Console account of this address. If that was you, open the link below before ${beijing(param(p, 'expiresAt'))} (Beijing time) to choose a new password:`,
      '',
      links.resetPassword(param(p, 'resetId')),
      '',
      'The link works once, and a newer request ends it. Setting a new password signs out every browser signed in to the account.',
      'If you did not ask for this, ignore this email; your password stays as it is.',
      '',
      'This email was sent automatically; please do not reply.',
    ].join('\n'),
  }),
  STAFF_INVITATION: (p, links) => ({
    subject: 'You are invited to Beian Console',
    text: [
      `Hello ${param(p, 'displayName')},`,
      '',
      `${param(p, 'invitedBy')} invites you to join Beian Console as a ${roleName(p, 'en')}. Open the link below before ${beijing(param(p, 'expiresAt'))} (Beijing time), choose a password, and you are signed in:`,
      '',
      links.invitation(param(p, 'invitationId')),
      '',
      'The link works once. If you do not know who invited you, ignore this email.',
      '',
      'This email was sent automatically; please do not reply.',
    ].join('\n'),
  }),
};

/** The email in the language its `locale` parameter names (Chinese when it names none). */
export function accountEmailOf(template: AccountEmailTemplate, params: Params, links: AccountEmailLinks): Mail {
  return (params.locale === 'en-US' ? en : zh)[template](params, links);
}
