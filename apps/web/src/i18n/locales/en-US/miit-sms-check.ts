// English: the simulated MIIT verification page (SMS check), where each verifier confirms a submission.
import type { Messages } from '../zh-CN/index.ts';

export const miitSmsCheck: Messages['miitSmsCheck'] = {
  title: 'SMS check',
  ministry: 'MIIT Government Service Platform',
  system: 'ICP/IP Address/Domain Name Filing Management System',
  simulation:
    "This is the console's simulation of MIIT's SMS check page, available only while the simulators run. In production, principals confirm on MIIT's filing system.",
  intro:
    'Once the filing is submitted to the bureau, MIIT texts you a code. Within 24 hours, enter the mobile number that received it, the code, and the last six characters of your certificate number.',
  form: {
    label: 'SMS check details',
    mobile: 'Mobile number',
    mobileHint: 'The 11-digit number that received the text',
    code: 'SMS code',
    codeHint: 'The 6 digits in the text',
    certEnding: 'Last six characters of your certificate number',
    certEndingHint: 'The last 6 characters of your own certificate number; X in either case',
    submit: 'Confirm',
    submitting: 'Checking…',
  },
  outcome: {
    confirmed: {
      title: 'Confirmed',
      all: 'Every principal of order {{orderNo}} has confirmed: the filing is now with the bureau for review. You may close this page.',
      some: 'You have confirmed order {{orderNo}}. Another principal has not yet: remind them to confirm within 24 hours.',
    },
    alreadyConfirmed: {
      title: 'Already confirmed',
      body: 'This mobile number has already confirmed order {{orderNo}}; there is nothing more to do.',
    },
    wrongCode: {
      title: 'The code or the certificate ending is wrong',
      body_zero:
        'Check and enter them again. One more wrong try ends this check, and the provider has to submit the filing again.',
      body_one: 'Check and enter them again. {{count}} more wrong try is allowed; after that the check ends.',
      body_other: 'Check and enter them again. {{count}} more wrong tries are allowed; after that the check ends.',
    },
    expired: {
      title: 'The check has expired',
      body: 'The SMS check of order {{orderNo}} ended (24 hours passed, or too many wrong tries). The provider will submit the filing again and you will get a new text.',
    },
    notAVerifier: {
      title: 'No filing waiting for this number',
      body: 'No filing is waiting for this mobile number to confirm. Check that it is the number that received the text.',
    },
  },
  failed: 'The check could not be sent',
};
