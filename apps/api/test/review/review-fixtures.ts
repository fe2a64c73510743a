// Filings waiting in a review queue, written straight to the database with the due time a test needs.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { sqlOf } from '../../src/infra/db.ts';
import {
  createReviewQueueRepository,
  type ReviewQueueRepository,
} from '../../src/modules/review/review-queue.repository.ts';
import { filingRow } from '../helpers/filing-rows.ts';
import { signedInClient } from '../helpers/http-client.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let serial = 0;

export async function waitingFilings(
  t: TestApp,
  specs: (Partial<Prisma.FilingUncheckedCreateInput> & { slaDueAt: Date })[],
) {
  const { account } = await signedInClient(t.app, t.db, 'APPLICANT');
  const rows = [];
  for (const spec of specs) {
    serial += 1;
    const orderNo = `BA20261129${String(70000 + serial).padStart(5, '0')}`;
    rows.push(
      await t.db.filing.create({
        data: filingRow({
          orderNo,
          accountId: account.id,
          status: 'INITIAL_REVIEW',
          submittedAt: new Date(spec.slaDueAt.getTime() - 86_400_000),
          ...spec,
        }),
      }),
    );
  }
  return rows;
}

export const minutes = (n: number) => n * 60_000;

/** Every filing waiting in a review queue abandoned: a test starts from empty queues. */
export async function emptyQueues(t: TestApp) {
  await t.db.filing.updateMany({
    where: { status: { in: ['INITIAL_REVIEW', 'SECOND_REVIEW'] } },
    data: { status: 'ABANDONED' },
  });
}

/**
 * For a test file: a test app and the queue repository on its database (set before the first test), each test
 * starting from empty queues.
 */
export function queueRepositoryPerFile() {
  const file = {} as { t: TestApp; repo: ReviewQueueRepository };
  beforeAll(async () => {
    file.t = await createTestApp();
    file.repo = createReviewQueueRepository(sqlOf(file.t.db));
  });
  afterAll(() => file.t.close());
  beforeEach(() => emptyQueues(file.t));
  return file;
}
