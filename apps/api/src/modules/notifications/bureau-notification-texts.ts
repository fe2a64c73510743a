// The words of the bureau stage's notifications (submitted to the bureau, the MIIT SMS check's outcome, the bureau's
// decision): texts in Chinese, emails in Chinese with an English version below, times on the Beijing wall clock.
import type { NotificationTemplate } from '@beian/contracts';
import { formatBeijing, reasonList } from '@beian/domain';
import type { SmsTemplate } from '../../adapters/sms/sms.port.ts';

export type BureauTemplate = Extract<
  NotificationTemplate,
  'BUREAU_SUBMITTED' | 'BUREAU_SMS_CONFIRMED' | 'BUREAU_SMS_FAILED' | 'BUREAU_APPROVED' | 'BUREAU_REJECTED'
>;
type Params = Readonly<Record<string, string>>;

const param = (params: Params, name: string): string => {
  const value = params[name];
  if (value === undefined) throw new RangeError(`The notification has no parameter ${name}`);
  return value;
};

const FAILURE_WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  DEADLINE: { zh: '24 小时内未完成全部核验', en: 'not every verifier confirmed within 24 hours' },
  WRONG_CODES: { zh: '核验码或证件号码后六位输错超过 5 次', en: 'a verifier entered a wrong code more than 5 times' },
};
const failureOf = (params: Params) => FAILURE_WORDS[param(params, 'failure')] ?? FAILURE_WORDS.DEADLINE!;

export function bureauSmsOf(template: BureauTemplate, params: Params): { template: SmsTemplate; params: Params } {
  const orderNo = param(params, 'orderNo');
  switch (template) {
    case 'BUREAU_SUBMITTED':
      return {
        template,
        params: {
          orderNo,
          smsDeadline: `${formatBeijing(param(params, 'smsDeadline'), 'dateTime', { deadline: true })}（北京时间）`,
        },
      };
    case 'BUREAU_SMS_CONFIRMED':
      return {
        template,
        params: {
          orderNo,
          bureauDueAt: `${formatBeijing(param(params, 'bureauDueAt'), 'dateTime', { deadline: true })}（北京时间）`,
        },
      };
    case 'BUREAU_SMS_FAILED':
      return { template, params: { orderNo, why: failureOf(params).zh } };
    case 'BUREAU_APPROVED':
      return { template, params: { orderNo, websiteFilingNos: param(params, 'websiteFilingNos') } };
    case 'BUREAU_REJECTED':
      // The bureau's reason runs on into "请登录…": closed by one full stop, whether or not the bureau wrote one.
      return { template, params: { orderNo, reason: reasonList([param(params, 'reason')], 'zh-CN') } };
  }
}

const email = (subject: string, zh: readonly string[], en: readonly string[]) => ({
  subject,
  text: ['您好：', '', ...zh, '', '本邮件由系统自动发送，请勿回复。', '', '---', '', 'Hello,', '', ...en].join('\n'),
});

export function bureauEmailOf(template: BureauTemplate, params: Params): { subject: string; text: string } {
  const orderNo = param(params, 'orderNo');
  switch (template) {
    case 'BUREAU_SUBMITTED': {
      const deadline = param(params, 'smsDeadline');
      const again = params.round !== undefined && params.round !== '1';
      return email(
        `备案订单 ${orderNo} 已${again ? '重新' : ''}提交管局，请完成工信部短信核验 / Filing ${orderNo} is with the bureau: confirm the MIIT text`,
        [
          `您的备案订单 ${orderNo} 已${again ? '重新' : ''}提交至管局。工信部已向主体负责人和网站负责人的手机发送短信核验码。`,
          `请每位负责人在 ${formatBeijing(deadline, 'dateTime', { deadline: true })}（北京时间）前，在工信部备案系统的短信核验页面输入手机号、核验码和本人证件号码后六位。`,
          '超过 24 小时未全部完成，或核验码输错超过 5 次，核验失败，需要重新提交管局。控制台的「备案进度」页显示每位负责人的核验状态。',
        ],
        [
          `Filing ${orderNo} has been ${again ? 're' : ''}submitted to the provincial Communications Administration. MIIT has texted a verification code to the subject principal and each website principal.`,
          `Before ${formatBeijing(deadline, 'dateTime', { deadline: true })} (Beijing time), each of them enters their mobile number, the code and the last 6 characters of their certificate number on MIIT's SMS verification page.`,
          'If not everyone confirms within 24 hours, or a code is entered wrongly more than 5 times, the check fails and the filing has to be submitted again. The Progress page in the console shows who has confirmed.',
        ],
      );
    }
    case 'BUREAU_SMS_CONFIRMED': {
      const due = param(params, 'bureauDueAt');
      return email(
        `备案订单 ${orderNo} 已完成短信核验，管局审核中 / Filing ${orderNo}: MIIT check complete, the bureau is reviewing`,
        [
          `您的备案订单 ${orderNo} 的全部负责人已完成工信部短信核验，管局正在审核。`,
          `管局预计在 ${formatBeijing(due, 'dateTime', { deadline: true })}（北京时间）前完成审核，结果会以邮件、短信和控制台消息通知您。`,
        ],
        [
          `Every verifier of filing ${orderNo} has confirmed the MIIT text, and the bureau is reviewing the filing.`,
          `The bureau is expected to decide by ${formatBeijing(due, 'dateTime', { deadline: true })} (Beijing time); you will hear by email, text and in the console.`,
        ],
      );
    }
    case 'BUREAU_SMS_FAILED': {
      const why = failureOf(params);
      return email(
        `备案订单 ${orderNo} 工信部短信核验未完成 / Filing ${orderNo}: the MIIT text check failed`,
        [
          `您的备案订单 ${orderNo} 的工信部短信核验未完成：${why.zh}。`,
          '您无需重新填写。我们的审核员会与您联系，确认负责人可以及时核验后重新提交管局，工信部会发送新的核验码。',
        ],
        [
          `The MIIT text check of filing ${orderNo} failed: ${why.en}.`,
          'You need not fill anything in again. Our reviewers will contact you and, once the principals can confirm in time, submit the filing to the bureau again; MIIT then texts new codes.',
        ],
      );
    }
    case 'BUREAU_APPROVED': {
      const subjectNo = param(params, 'subjectFilingNo');
      const websiteNos = param(params, 'websiteFilingNos');
      return email(
        `备案订单 ${orderNo} 已通过管局审核，备案完成 / Filing ${orderNo} is approved`,
        [
          `您的备案订单 ${orderNo} 已通过管局审核，接入备案完成。`,
          `主体备案号：${subjectNo}`,
          `网站备案号：${websiteNos}`,
          '本云服务商已列为网站的接入服务商，网站现在可以在本云服务器上开通访问。请在网站首页底部展示备案号并链接至 https://beian.miit.gov.cn。',
        ],
        [
          `The bureau approved filing ${orderNo}: the access filing is complete.`,
          `Subject filing number: ${subjectNo}`,
          `Website filing numbers: ${websiteNos}`,
          'We are now listed as an access provider of the website, which may be served from our cloud. Show the filing number at the foot of the homepage, linked to https://beian.miit.gov.cn.',
        ],
      );
    }
    case 'BUREAU_REJECTED': {
      const reason = param(params, 'reason');
      return email(
        `备案订单 ${orderNo} 未通过管局审核 / Filing ${orderNo} was refused by the bureau`,
        [
          `您的备案订单 ${orderNo} 未通过管局审核，管局的意见如下：`,
          reason,
          '',
          '请登录控制台，按意见修改主体、网站信息或材料后重新提交，订单将重新进入初审。',
        ],
        [
          `The bureau refused filing ${orderNo}. Its reason (in Chinese, as the bureau wrote it):`,
          reason,
          '',
          'Sign in to the console, change the subject, websites or materials as the reason asks, and submit again; the filing then goes back to the initial review.',
        ],
      );
    }
  }
}
