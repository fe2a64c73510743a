// Which review the page decides, and what that changes: the second review (复审) rejects the verification photo
// only, so its reasons name the photo and its catalogue offers the photo's reasons; the initial review offers the
// rest.
import type { ReviewReasonCatalogue, ReviewStage } from '@beian/contracts';
import { PHOTO_REASON_FIELD } from '@beian/domain';
import type { TFunction } from 'i18next';
import type { FieldOption } from '../filing-fields.ts';

/** A filing in second review is decided as one; any other status is the initial review's page. */
export const reviewStageOf = (status: string): ReviewStage => (status === 'SECOND_REVIEW' ? 'SECOND' : 'INITIAL');

/** What a second-review reason can point at: the photo. */
export const photoFieldOptions = (t: TFunction): FieldOption[] => [
  { path: PHOTO_REASON_FIELD, label: t('secondReview.reject.field') },
];

type Entry = ReviewReasonCatalogue['reasons'][number];

/** The catalogue's reasons for the stage: those on the photo for the second review, the others for the initial. */
export const catalogueFor = (stage: ReviewStage, reasons: readonly Entry[]): Entry[] =>
  reasons.filter((entry) => (entry.field === PHOTO_REASON_FIELD) === (stage === 'SECOND'));
