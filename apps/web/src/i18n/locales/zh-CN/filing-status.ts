// Simplified Chinese: the label of every filing state, shown wherever a filing's status is (operator, reviewer, applicant).
import { FILING_STATUS_TEXTS_ZH } from '@beian/contracts';

export const filingStatus = FILING_STATUS_TEXTS_ZH;
