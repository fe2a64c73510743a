// The review page's words that name its review: the initial review's (初审) or the second review's (复审).
import type { ReviewStage } from '@beian/contracts';

const INITIAL = {
  title: 'reviewFiling.title',
  intro: 'reviewFiling.intro',
  backToQueue: 'reviewFiling.backToQueue',
  approveTitle: 'reviewFiling.decision.approveTitle',
  approveBody: 'reviewFiling.decision.approveBody',
  approved: 'reviewFiling.decision.approved',
  rejected: 'reviewFiling.decision.rejected',
  rejectIntro: 'reviewFiling.reject.intro',
} as const;

const SECOND = {
  title: 'secondReview.title',
  intro: 'secondReview.intro',
  backToQueue: 'secondReview.backToQueue',
  approveTitle: 'secondReview.decision.approveTitle',
  approveBody: 'secondReview.decision.approveBody',
  approved: 'secondReview.decision.approved',
  rejected: 'secondReview.decision.rejected',
  rejectIntro: 'secondReview.reject.intro',
} as const;

export type StageWords = { readonly [K in keyof typeof INITIAL]: (typeof INITIAL)[K] | (typeof SECOND)[K] };

export const stageWords = (stage: ReviewStage): StageWords => (stage === 'SECOND' ? SECOND : INITIAL);
