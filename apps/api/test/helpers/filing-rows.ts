// A filing row written straight to the database, for tests that need a filing in some state without the wizard.
import { randomBytes } from 'node:crypto';
import type { Prisma } from '../../src/generated/prisma/client.ts';
import { TEST_START } from './test-app.ts';

export const filingRow = (
  data: Pick<Prisma.FilingUncheckedCreateInput, 'orderNo' | 'accountId'> & Partial<Prisma.FilingUncheckedCreateInput>,
): Prisma.FilingUncheckedCreateInput => ({
  province: '44',
  nature: 'PERSONAL',
  certType: 'RESIDENT_ID',
  // Unique per row, so rows never share a subject by accident.
  certHash: randomBytes(32).toString('hex'),
  certMasked: '4403**********1313',
  domainAscii: `${randomBytes(4).toString('hex')}.cn`,
  domainUnicode: 'example.cn',
  cloudService: { kind: 'RESOURCE', resourceId: 'ins-test' },
  createdAt: TEST_START,
  updatedAt: TEST_START,
  ...data,
});
