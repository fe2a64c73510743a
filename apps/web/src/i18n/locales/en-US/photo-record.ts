// English: a verification photo as a record (how, where, by whom, when), and step 4 once the photo is in: in second
// review, rejected with reasons, or approved and waiting for the MIIT SMS check.
import type { Messages } from '../zh-CN/index.ts';

export const photoRecord: Messages['photoRecord'] = {
  methods: { CURTAIN: 'Curtain selfie', APP_CHECK: 'Shanghai app check', PHOTO_POINT: 'Photo point' },
  origin: {
    CURTAIN: 'Self-taken by the applicant with the mailed curtain',
    APP_CHECK: 'Shanghai app check, done by the principal on their phone',
    PHOTO_POINT: '{{point}}, {{city}}; operator {{operator}}',
    pointUnknown: 'a photo point (name unknown)',
    operatorUnknown: 'unknown',
  },
  field: 'Verification photo',
  alt: 'Verification photo ({{method}})',
  facts: { method: 'Method', origin: 'Where and by whom', takenAt: 'Submitted (Beijing time)' },
  loadFailed: 'The photo could not be loaded; reload the page to try again.',
  inReview: {
    title: 'Verification photo submitted: in second review',
    due: 'The second review ends by {{due}} (Beijing time); you will be told the result by SMS, email and in the console.',
    noDue:
      'The second review usually takes up to 1 working day; you will be told the result by SMS, email and in the console.',
    photo: 'The verification photo you submitted',
  },
  rejected: {
    title: 'The verification photo did not pass the second review',
    intro:
      'Retake the photo with the reasons below in mind, by any method available below. A curtain you received can be used again.',
    reasons: 'Reasons',
    at: 'Rejected {{time}} (Beijing time)',
    previous: 'The rejected photo',
  },
  approved: {
    title: 'The verification photo passed the second review',
    smsWait:
      'The filing waits for the MIIT SMS check: MIIT texts each website principal’s mobile; follow the message within 24 hours of receiving it. Then the filing goes to the bureau.',
    later: 'The filing is with the bureau; its verification photo passed the second review.',
    photo: 'The approved verification photo',
  },
};
