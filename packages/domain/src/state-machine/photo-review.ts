// The second review (复审) looks at the verification photo only: what the reviewer checks it for, and the reasons a
// rejection gives. Each checklist item has the reason that names its failure, so a reviewer who finds an item
// failed can reject with it; PHOTO_BLURRED covers a photo too poor to judge at all.

/** The field a second-review rejection reason names: the applicant's answer to it is a new photo. */
export const PHOTO_REASON_FIELD = 'photo';

export const PHOTO_CHECKLIST = [
  // The face in the photo is the principal's on the ID images (and the hand-held-ID photo).
  { item: 'samePerson', reason: 'PHOTO_NOT_SAME_PERSON' },
  // Face fully visible: no hat, mask, sunglasses or hair over it.
  { item: 'faceVisible', reason: 'PHOTO_FACE_OBSTRUCTED' },
  // The mailed curtain's wording, or the photo point's backdrop, is readable behind the principal.
  { item: 'backgroundVisible', reason: 'PHOTO_BACKGROUND_MISSING' },
  // The camera's picture as taken: not mirrored, cropped into, filtered or retouched.
  { item: 'notEdited', reason: 'PHOTO_MIRRORED_OR_EDITED' },
] as const;
export type PhotoChecklistItem = (typeof PHOTO_CHECKLIST)[number]['item'];

export const PHOTO_REJECTION_REASONS = [...PHOTO_CHECKLIST.map((entry) => entry.reason), 'PHOTO_BLURRED'] as const;
export type PhotoRejectionReason = (typeof PHOTO_REJECTION_REASONS)[number];
