// English: the applicant console (my filings, and what to prepare before a new filing).
import type { Messages } from '../zh-CN/index.ts';

export const applicant: Messages['applicant'] = {
  nav: { filings: 'My filings', prepare: 'Preparation' },
  home: {
    title: 'My filings',
    intro: 'Submit and follow your ICP access filings here.',
    emptyTitle: 'You have no filings yet',
    emptyBody:
      'If your website already holds an ICP filing number from another access provider and you are moving or adding its hosting here, file an access filing. The filing number stays the same.',
    start: 'Start a filing',
    stepsTitle: 'How access filing works',
    steps: {
      verify: {
        title: 'Verify filing details',
        body: 'Choose the province, subject nature and certificate, enter the domain and pick a cloud service; each check is reported and the filing type is detected.',
      },
      subject: {
        title: 'Fill in subject details',
        body: 'Enter the filing password, confirm the subject filing number, name the new principal and confirm their mobile number by SMS code.',
      },
      website: {
        title: 'Confirm websites',
        body: 'Check the websites brought over from the registry and assign each a cloud service and a website principal.',
      },
      materials: {
        title: 'Upload materials',
        body: 'Upload certificates and the verification sheet, accept the agreement and submit; the initial review takes up to 1 working day.',
      },
      photo: {
        title: 'Verification photo',
        body: 'After the initial review, provide the photo at a photo point, with a mailed curtain, or through the Shanghai app check; the second review takes up to 1 working day.',
      },
      bureau: {
        title: 'Bureau review',
        body: 'The filing goes to the Communications Administration: the website principal confirms the MIIT SMS within 24 hours, and the bureau decides within 20 working days (Zhejiang: 30).',
      },
    },
  },
  prepare: {
    title: 'Preparation',
    heading: 'Before you start an access filing, prepare the following',
    intro:
      'The first step of the filing wizard checks each of these. With everything ready you can complete the form in one go and avoid being sent back for missing materials.',
    checklistTitle: 'Materials and conditions',
    items: {
      certificate: {
        title: 'Subject certificate',
        body: 'Organisations: a colour scan or photo of the business licence or other subject certificate. Individuals: both sides of the resident ID card. It must be valid and match the filed subject.',
      },
      principal: {
        title: 'Principals’ IDs and contacts',
        body: 'Valid IDs (both sides) of the subject principal and the website principal, their own mobile numbers (for codes and the MIIT SMS check) and email addresses.',
      },
      domain: {
        title: 'A real-name verified domain',
        body: 'Registered with an MIIT-approved registrar, not expired, real-name verified, registered to the filing subject, and on a top-level domain that MIIT has approved.',
      },
      server: {
        title: 'A cloud server in a mainland China region',
        body: 'Located in a mainland China region, prepaid (monthly or yearly) with at least 3 months bought including renewals, and with public bandwidth; or a filing authorisation code from another account.',
      },
      password: {
        title: 'Filing password',
        body: 'MIIT issued it with the first filing and access filing requires it. If it is lost, it can be recovered in the MIIT ICP/IP address/domain filing system.',
      },
    },
    afterTitle: 'After you submit',
    after: {
      sheet:
        'Verification sheet: generated to your province’s rules; print, sign (some provinces also need a fingerprint or a handwritten pledge), scan and upload it.',
      photo:
        'Verification photo: after the initial review, go to a photo point, or request a free curtain by mail and take it yourself; eligible Shanghai filings can use the app check.',
      sms: 'MIIT SMS check: once submitted to the bureau, the website principal receives a text from MIIT and must confirm it within 24 hours.',
    },
    back: 'Back to my filings',
  },
};
