// Contract-shaped review queue and dashboard answers for the tests of the pages that show them, and a reviewer's
// fake API.
import type { ReviewDashboard, ReviewQueue, ReviewQueueItem } from '@beian/contracts';
import { account, fakeApi, json } from './fake-api.ts';

type Handler = Parameters<typeof fakeApi>[0][string];

export const CLAIMED_ID = '3f1c2b4a-1111-4a2b-8c3d-000000000002';

export const queueItem = (overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem => ({
  id: '3f1c2b4a-1111-4a2b-8c3d-000000000001',
  orderNo: 'BA2026112900001',
  version: 7,
  province: '44',
  nature: 'PERSONAL',
  type: 'ACCESS',
  status: 'INITIAL_REVIEW',
  submittedAt: '2026-11-28T06:00:00.000Z',
  slaDueAt: '2026-11-30T09:30:00.000Z',
  overdue: false,
  claimedBy: null,
  claimExpiresAt: null,
  ...overrides,
});

export const queueOf = (items: ReviewQueueItem[], counts: Partial<ReviewQueue['counts']> = {}): ReviewQueue => ({
  items,
  nextCursor: null,
  counts: {
    total: items.length,
    overdue: items.filter((item) => item.overdue).length,
    byProvince: [{ province: '44', count: items.length }],
    ...counts,
  },
});

/** A signed-in reviewer whose queue answers with `respond`, given the query the page sent. */
export function reviewerWithQueue(
  respond: (query: URLSearchParams) => ReviewQueue,
  routes: Record<string, Handler> = {},
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('REVIEWER', { locale }) }),
    'GET /api/review/queue': ({ path }) => json(200, respond(new URL(path, 'http://localhost').searchParams)),
    ...routes,
  });
}

/** A dashboard body: empty queues, nothing at the bureau, nobody's decisions today and a calendar that covers this
 * year unless the test gives others. */
export const reviewDashboard = (overrides: Partial<ReviewDashboard> = {}): ReviewDashboard => ({
  queues: { initial: 0, second: 0 },
  overdue: 0,
  bureau: { sms: 0, smsFailed: 0, review: 0, overdue: 0 },
  decisionsToday: { day: '2026-11-30', total: 0, byReviewer: [] },
  calendar: { currentYear: 2026, nextYear: 2027, coveredThrough: 2026, warn: false },
  ...overrides,
});
