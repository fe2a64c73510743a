// Filings waiting in a review queue, written straight to the database with the due time a test needs.
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { filingRow } from '../helpers/filing-rows.ts';
import { signedInClient } from '../helpers/http-client.ts';
import type { TestApp } from '../helpers/test-app.ts';

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
