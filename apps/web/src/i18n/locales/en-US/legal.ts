// English: the terms of service and the privacy notice the applicant accepts on submission (version 2026-11).
import type { Messages } from '../zh-CN/index.ts';

export const legal: Messages['legal'] = {
  version: 'Version {{version}}',
  nav: 'Legal documents',
  back: 'Back to the console',
  otherTerms: 'Terms of Service',
  otherPrivacy: 'Privacy Notice',
  terms: {
    title: 'Access Filing Terms of Service',
    intro:
      'These terms apply to the whole of an access filing made through Beian Console. By submitting a filing you confirm that you have read and accept them.',
    sections: {
      service: {
        title: '1. What we do',
        body: "We help you bring a website that is already filed with another access provider to this cloud provider: we check the details and materials you give us, carry out the initial and second reviews, and submit the filing through the MIIT filing system to the Communications Administration (the bureau) of the subject's province. The bureau decides whether the filing is approved.",
      },
      duties: {
        title: '2. What you undertake',
        body: 'The details and materials you provide must be true, accurate and complete; certificates must be photos or scans of the originals; and you must have the consent of the subject and of every principal. Update the details when they change.\n\nAn order with false details is rejected; once it has reached the bureau, false details can lead to the website being closed and the filing cancelled.',
      },
      timing: {
        title: '3. How long it takes',
        body: 'The initial review and the second review each take at most one working day (mainland working days, including make-up working days). The bureau usually decides within 20 working days, longer in some provinces. These times are estimates; we tell you the result of every step by email, SMS and in the console.',
      },
      orders: {
        title: '4. Orders',
        body: 'One order at a time may be in progress for a subject and for a domain. You may abandon an order at any time before it reaches the bureau; an order left untouched for 45 days expires, and its details are kept.',
      },
      liability: {
        title: '5. Limits of our responsibility',
        body: "We are not responsible for the bureau's decisions or for the consequences of untrue details. If force majeure or a failure of the MIIT system causes a delay, we tell you as soon as we can and help you through it.",
      },
      changes: {
        title: '6. Changes',
        body: 'When these terms change they get a new version; orders submitted after that ask you to accept the new version. The version you accepted and the time are stored with your order.',
      },
    },
  },
  privacy: {
    title: 'Privacy Notice',
    intro:
      'This notice explains which personal information we collect for a filing, why, how we protect it, and your rights.',
    sections: {
      collect: {
        title: '1. What we collect',
        body: "Account details (name, email); the subject's and principals' details (names, certificate types and numbers, mobile numbers, email addresses, addresses); the certificate images, verification sheet and photos you upload; the cloud resources you file with; and activity logs kept for security.",
      },
      use: {
        title: '2. Why',
        body: 'Only to make and maintain your filing: to review it, to report it to MIIT and the bureau as the law requires, and to tell you how it is progressing. We never use it for marketing.',
      },
      share: {
        title: '3. Who else sees it',
        body: 'Only what a filing needs goes to the MIIT filing system and the bureau, and to the providers who send our SMS and email (bound by contract). We never sell your personal information.',
      },
      security: {
        title: '4. Storage and security',
        body: 'Your information is stored in mainland China, and material files are encrypted. Certificate numbers are shown only in part on screen and in logs; only reviewers can see the materials, and every view and action is recorded in an audit log.',
      },
      retention: {
        title: '5. How long we keep it',
        body: 'For as long as the filing is in force; after an order is abandoned or expires, or the filing is cancelled, we delete it when the retention period the law requires has passed.',
      },
      rights: {
        title: '6. Your rights',
        body: 'You may see and correct your information, ask for it to be deleted where the law allows, and withdraw your consent (we then cannot carry on with the filing). Contact us through the console with any question.',
      },
    },
  },
};
