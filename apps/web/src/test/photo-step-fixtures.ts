// Step 4 as the API answers it, for the photo step's tests: a Shanghai filing waiting for its photo unless told
// otherwise, with every method open.
import type { PhotoStep } from '@beian/contracts';
import { FILING_ID, filingDetail } from './filing-fixtures.ts';

/** The methods of a filing outside Shanghai: the app check is closed by the province. */
export const METHODS_OUTSIDE_SHANGHAI: PhotoStep['methods'] = [
  { name: 'APP_CHECK', status: 'fail', reason: 'APP_CHECK_PROVINCE' },
  { name: 'PHOTO_POINT', status: 'pass' },
  { name: 'CURTAIN', status: 'pass' },
];

export function photoStepFixture(overrides: Partial<PhotoStep> = {}): PhotoStep {
  return {
    id: FILING_ID,
    orderNo: filingDetail().orderNo,
    status: 'PHOTO_PENDING',
    version: 9,
    province: '31',
    approvedAt: '2026-12-07T03:00:00.000Z',
    methods: [
      { name: 'APP_CHECK', status: 'pass' },
      { name: 'PHOTO_POINT', status: 'pass' },
      { name: 'CURTAIN', status: 'pass' },
    ],
    photo: null,
    secondReviewDueAt: null,
    rejection: null,
    ...overrides,
  };
}
