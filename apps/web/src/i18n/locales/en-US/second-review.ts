// English: the review page in the second review: the verification photo beside the ID images, its checklist, and
// the decision's words.
import type { Messages } from '../zh-CN/index.ts';

export const secondReview: Messages['secondReview'] = {
  title: 'Second review: filing {{orderNo}}',
  intro:
    'Check that the person in the verification photo is the website principal and that the photo meets the rules, then approve or reject. While this page is open, the filing is claimed by you.',
  backToQueue: 'Back to the second review queue',
  photo: {
    heading: 'Verification photo',
    newPhoto: 'The verification photo submitted',
    compareHeading: 'To compare with',
    loading: 'Loading the verification photo…',
    loadFailed: 'The verification photo could not be loaded',
    none: 'This filing has no verification photo yet.',
    method: 'Method',
    origin: 'Where and by whom',
    takenAt: 'Submitted (Beijing time)',
    openFull: 'Open the original: {{name}}',
    notImage: '{{name}} is a PDF; see it among the materials below.',
    noComparison:
      'This filing has no hand-held-ID photo or principal’s ID image to compare with; see the materials below.',
  },
  checklist: {
    heading: 'Photo checklist',
    items: {
      samePerson: 'The person is the one on the principal’s ID and the hand-held-ID photo',
      faceVisible: 'The face is whole and clear: no hat, mask, sunglasses or hair over it',
      backgroundVisible: 'The curtain wording or the photo point backdrop is clearly visible',
      notEdited: 'The photo is not mirrored, cropped, beautified or otherwise edited',
    },
  },
  decision: {
    approveTitle: 'Approve the second review of filing {{orderNo}}?',
    approveBody:
      'The filing then moves on to the MIIT SMS check and after it to the bureau; it leaves the second review queue.',
    approved: 'Filing {{orderNo}} passed the second review and waits for the MIIT SMS check.',
    rejected:
      'The verification photo of filing {{orderNo}} was rejected; the applicant sees the reasons and retakes it.',
  },
  reject: {
    intro:
      'The second review judges the verification photo only: each reason shows on the applicant’s photo step, and they retake the photo by any method available to them.',
    field: 'Verification photo',
  },
};
