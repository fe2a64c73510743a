// The Shanghai app check: the console's QR code panel and the principal's phone page.
import type { Messages } from '../zh-CN/index.ts';

export const appCheck: Messages['appCheck'] = {
  panel: {
    intro:
      'Make the QR code, then the website principal scans it (or opens the link below) and completes the check on their phone.',
    create: 'Make the QR code',
    renew: 'Make a new QR code',
    renewHint: 'A new QR code ends the previous code and link at once.',
    qrLabel: 'App check QR code: scan it to open the check page on a phone',
    link: 'Link for the phone: {{url}}',
    expires: 'Valid until {{time}} (Beijing time), for one use.',
    expired: 'The QR code has expired. Make a new one.',
    waiting: 'Waiting for the principal to submit the photo on the phone; this page updates by itself.',
  },
  phone: {
    title: 'Shanghai app check',
    loading: 'Opening the check…',
    noToken: 'This link is incomplete. Scan the QR code again or copy the whole link from the console.',
    order: 'Order number',
    principal: 'Website principal',
    expires: 'Link valid until {{time}} (Beijing time)',
    ending: {
      title: 'Step 1: confirm who you are',
      intro: 'The website principal enters the last 6 characters of their resident ID number.',
      label: 'Last 6 characters of the ID number',
      hint: '6 characters: digits, the last may be X.',
      format: 'Enter 6 characters: 5 digits, then a digit or X.',
      submit: 'Next',
      triesLeft_one: '{{message}} {{count}} try left.',
      triesLeft_other: '{{message}} {{count}} tries left.',
    },
    photo: {
      title: 'Step 2: take the verification photo',
      intro: 'The principal faces the front camera.',
      input: 'Verification photo',
      submit: 'Submit the photo',
      progress: 'Uploading {{percent}}%',
    },
    done: {
      title: 'Photo submitted',
      body: 'The verification photo of order {{orderNo}} is in the second review, which ends by {{time}} (Beijing time). You may close this page.',
    },
    ended: 'Make a new QR code in the console on the computer and try again.',
  },
};
