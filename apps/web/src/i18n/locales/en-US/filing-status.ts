// English: the label of every filing state, shown wherever a filing's status is (operator, reviewer, applicant).
import type { Messages } from '../zh-CN/index.ts';

export const filingStatus: Messages['filingStatus'] = {
  DRAFT: 'Draft',
  INITIAL_REVIEW: 'In initial review',
  INITIAL_REJECTED: 'Returned by initial review',
  PHOTO_PENDING: 'Waiting for photo',
  SECOND_REVIEW: 'In second review',
  PHOTO_REJECTED: 'Photo returned',
  BUREAU_SMS: 'MIIT SMS check in progress',
  SMS_FAILED: 'SMS check failed',
  BUREAU_REVIEW: 'In bureau review',
  BUREAU_REJECTED: 'Returned by the bureau',
  COMPLETED: 'Filing completed',
  ABANDONED: 'Abandoned',
  EXPIRED: 'Expired',
};
