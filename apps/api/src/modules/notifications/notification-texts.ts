// The words of each notification in Chinese, as texts and emails carry them (the console words IN_APP rows itself,
// in the reader's language). Times are on the Beijing wall clock, and an SLA ending at midnight reads as 24:00.
import type { NotificationTemplate } from '@beian/contracts';
import { formatBeijing, IDLE_EXPIRY_DAYS } from '@beian/domain';
import type { SmsTemplate } from '../../adapters/sms/sms.port.ts';
import { bureauEmailOf, bureauSmsOf } from './bureau-notification-texts.ts';

type Params = Readonly<Record<string, string>>;

const param = (params: Params, name: string): string => {
  const value = params[name];
  if (value === undefined) throw new RangeError(`The notification has no parameter ${name}`);
  return value;
};

/** The SMS gateway's template and parameters for a notification. */
export function smsOf(template: NotificationTemplate, params: Params): { template: SmsTemplate; params: Params } {
  switch (template) {
    case 'FILING_SUBMITTED':
      return {
        template: 'FILING_SUBMITTED',
        params: {
          orderNo: param(params, 'orderNo'),
          dueAt: `${formatBeijing(param(params, 'dueAt'), 'dateTime', { deadline: true })}（北京时间）`,
        },
      };
    case 'INITIAL_APPROVED':
      return { template: 'INITIAL_APPROVED', params: { orderNo: param(params, 'orderNo') } };
    case 'INITIAL_REJECTED':
      return {
        template: 'INITIAL_REJECTED',
        params: { orderNo: param(params, 'orderNo'), reasons: param(params, 'reasons') },
      };
    case 'IDLE_REMINDER':
      return {
        template: 'IDLE_REMINDER',
        params: {
          orderNo: param(params, 'orderNo'),
          day: param(params, 'day'),
          expiresAt: `${formatBeijing(param(params, 'expiresAt'), 'dateTime', { deadline: true })}（北京时间）`,
        },
      };
    case 'FILING_EXPIRED':
      return { template: 'FILING_EXPIRED', params: { orderNo: param(params, 'orderNo') } };
    case 'PHOTO_SUBMITTED':
      return {
        template: 'PHOTO_SUBMITTED',
        params: {
          orderNo: param(params, 'orderNo'),
          dueAt: `${formatBeijing(param(params, 'dueAt'), 'dateTime', { deadline: true })}（北京时间）`,
        },
      };
    case 'SECOND_APPROVED':
      return { template: 'SECOND_APPROVED', params: { orderNo: param(params, 'orderNo') } };
    case 'SECOND_REJECTED':
      return {
        template: 'SECOND_REJECTED',
        params: { orderNo: param(params, 'orderNo'), reasons: param(params, 'reasons') },
      };
    case 'CURTAIN_SHIPPED':
      return { template: 'CURTAIN_SHIPPED', params: { trackingNo: param(params, 'trackingNo') } };
    case 'BUREAU_SUBMITTED':
    case 'BUREAU_SMS_CONFIRMED':
    case 'BUREAU_SMS_FAILED':
    case 'BUREAU_APPROVED':
    case 'BUREAU_REJECTED':
      return bureauSmsOf(template, params);
  }
}

export function emailOf(template: NotificationTemplate, params: Params): { subject: string; text: string } {
  switch (template) {
    case 'FILING_SUBMITTED': {
      const orderNo = param(params, 'orderNo');
      const due = formatBeijing(param(params, 'dueAt'), 'dateTime', { deadline: true });
      const again = params.resubmitted === 'true' ? '重新' : '';
      return {
        subject: `备案订单 ${orderNo} 已${again}提交初审`,
        text: [
          '您好：',
          '',
          `您的备案订单 ${orderNo} 已${again}提交初审。我们将在 ${due}（北京时间）前完成初审，`,
          '结果会以邮件、短信和控制台消息通知您。审核期间订单信息不可修改。',
          '',
          '本邮件由系统自动发送，请勿回复。',
        ].join('\n'),
      };
    }
    case 'INITIAL_APPROVED': {
      const orderNo = param(params, 'orderNo');
      return {
        subject: `备案订单 ${orderNo} 已通过初审`,
        text: ['您好：', '', `您的备案订单 ${orderNo} 已通过初审。请登录控制台办理拍照核验。`, '', FOOTER].join('\n'),
      };
    }
    case 'INITIAL_REJECTED': {
      const orderNo = param(params, 'orderNo');
      return {
        subject: `备案订单 ${orderNo} 初审未通过`,
        text: [
          '您好：',
          '',
          `您的备案订单 ${orderNo} 初审未通过，原因如下：`,
          param(params, 'reasons'),
          '',
          '请登录控制台，按标出的项目修改后重新提交。',
          '',
          FOOTER,
        ].join('\n'),
      };
    }
    case 'IDLE_REMINDER': {
      const orderNo = param(params, 'orderNo');
      const expires = formatBeijing(param(params, 'expiresAt'), 'dateTime', { deadline: true });
      return {
        subject: `备案订单 ${orderNo} 即将过期`,
        text: [
          '您好：',
          '',
          `您的备案订单 ${orderNo} 已 ${param(params, 'day')} 天未操作，将于 ${expires}（北京时间）过期。`,
          '过期后需重新开始备案。请登录控制台继续办理。',
          '',
          FOOTER,
        ].join('\n'),
      };
    }
    case 'FILING_EXPIRED': {
      const orderNo = param(params, 'orderNo');
      return {
        subject: `备案订单 ${orderNo} 已过期`,
        text: [
          '您好：',
          '',
          `您的备案订单 ${orderNo} 已连续 ${IDLE_EXPIRY_DAYS} 天未操作，已自动过期。已填写的信息仍会保留，但不能再修改或提交。`,
          '如需备案，请登录控制台重新开始备案。',
          '',
          FOOTER,
        ].join('\n'),
      };
    }
    case 'PHOTO_SUBMITTED': {
      const orderNo = param(params, 'orderNo');
      const due = formatBeijing(param(params, 'dueAt'), 'dateTime', { deadline: true });
      return {
        subject: `备案订单 ${orderNo} 已提交核验照片`,
        text: [
          '您好：',
          '',
          `您的备案订单 ${orderNo} 已提交核验照片（${METHOD_WORDS[param(params, 'method')] ?? '拍照核验'}）。`,
          `我们将在 ${due}（北京时间）前完成复审，结果会以邮件、短信和控制台消息通知您。`,
          '',
          FOOTER,
        ].join('\n'),
      };
    }
    case 'SECOND_APPROVED': {
      const orderNo = param(params, 'orderNo');
      return {
        subject: `备案订单 ${orderNo} 已通过复审`,
        text: [
          '您好：',
          '',
          `您的备案订单 ${orderNo} 已通过复审，我们将提交至管局。`,
          '工信部会向网站负责人的手机发送短信核验码，请在收到后 24 小时内完成短信核验。',
          '',
          FOOTER,
        ].join('\n'),
      };
    }
    case 'SECOND_REJECTED': {
      const orderNo = param(params, 'orderNo');
      return {
        subject: `备案订单 ${orderNo} 核验照片未通过`,
        text: [
          '您好：',
          '',
          `您的备案订单 ${orderNo} 的核验照片未通过复审，原因如下：`,
          param(params, 'reasons'),
          '',
          '请登录控制台，按原因重新拍照并提交（已收到的幕布可以继续使用）。',
          '',
          FOOTER,
        ].join('\n'),
      };
    }
    case 'BUREAU_SUBMITTED':
    case 'BUREAU_SMS_CONFIRMED':
    case 'BUREAU_SMS_FAILED':
    case 'BUREAU_APPROVED':
    case 'BUREAU_REJECTED':
      return bureauEmailOf(template, params);
    case 'CURTAIN_SHIPPED': {
      const orderNo = param(params, 'orderNo');
      const trackingNo = param(params, 'trackingNo');
      return {
        subject: `备案订单 ${orderNo} 的幕布已寄出`,
        text: [
          '您好：',
          '',
          `您为备案订单 ${orderNo} 申请的幕布已由顺丰寄出，运单号 ${trackingNo}。`,
          '收到后请按控制台的拍摄要求自拍核验照片并上传。',
          '',
          FOOTER,
        ].join('\n'),
      };
    }
  }
}

const METHOD_WORDS: Readonly<Record<string, string>> = {
  APP_CHECK: '上海 App 核验',
  PHOTO_POINT: '拍照点拍照',
  CURTAIN: '幕布自拍',
};

const FOOTER = '本邮件由系统自动发送，请勿回复。';
