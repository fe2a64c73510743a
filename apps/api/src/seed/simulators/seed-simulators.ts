// Loads the simulator seed (MIIT registry, WHOIS, cloud inventory) and gives the demo applicant its resources.
// Idempotent: rows are inserted only where missing, never overwritten, so it runs on every start and in tests.
import { createCloudSimulator } from '../../adapters/cloud/cloud.simulator.ts';
import { resourceRow } from '../../adapters/cloud/resource-spec.ts';
import type { Db } from '../../infra/db.ts';
import { createCertHasher } from '../../lib/cert-hash.ts';
import type { Clock } from '../../lib/clock.ts';
import { DEMO_ACCOUNTS } from '../demo-accounts.ts';
import {
  DEMO_APPLICANT_EXTRA_SERVERS,
  PARTNER_ACCOUNT,
  PARTNER_SERVERS,
  type SeedServer,
} from './cloud-resources.seed.ts';
import { DOMAIN_RECORDS } from './domain-records.seed.ts';
import { SUBJECTS } from './miit-subjects.seed.ts';
import { PROVINCE_SUBJECTS } from './province-subjects.seed.ts';
import { domainRecordRow, miitRows } from './seed-rows.ts';

/** `certHashKey` is config.certHashKey: the same key the simulators hash certificates and filing passwords with. */
export type SeedSimulatorsDeps = { db: Db; clock: Clock; certHashKey: string };

export const SEED_SUBJECTS = [...Object.values(SUBJECTS), ...PROVINCE_SUBJECTS];
export const DEMO_APPLICANT_EMAIL = DEMO_ACCOUNTS.find((a) => a.role === 'APPLICANT')?.email ?? '';

async function seedServers(db: Db, accountId: string, servers: readonly SeedServer[], now: Date) {
  const resources = await db.simCloudResource.createMany({
    data: servers.map((s) => resourceRow(s.spec, accountId, now)),
    skipDuplicates: true,
  });
  const codes = await db.simAuthCode.createMany({
    data: servers.flatMap((s) =>
      s.authCodes.map((c) => ({
        code: c.code,
        instanceId: s.spec.instanceId,
        usedByFilingId: c.usedByFilingId ?? null,
        claimedAt: c.usedByFilingId ? now : null,
        createdAt: now,
      })),
    ),
    skipDuplicates: true,
  });
  return resources.count + codes.count;
}

/** Returns how many rows it inserted (0 when everything was there already). */
export async function seedSimulators({ db, clock, certHashKey }: SeedSimulatorsDeps): Promise<number> {
  const now = clock.now();
  const certHasher = createCertHasher(certHashKey);
  const { subjectRows, websiteRows, domainRows } = miitRows(SEED_SUBJECTS, certHasher, certHashKey, now);
  const counts = [
    await db.simMiitSubject.createMany({ data: subjectRows, skipDuplicates: true }),
    await db.simMiitWebsite.createMany({ data: websiteRows, skipDuplicates: true }),
    await db.simMiitWebsiteDomain.createMany({ data: domainRows, skipDuplicates: true }),
    await db.simDomainRecord.createMany({
      data: DOMAIN_RECORDS.map((r) => domainRecordRow(r, certHasher, now)),
      skipDuplicates: true,
    }),
    await db.simCloudAccount.createMany({ data: [{ ...PARTNER_ACCOUNT, createdAt: now }], skipDuplicates: true }),
  ];
  let inserted = counts.reduce((sum, c) => sum + c.count, 0);
  inserted += await seedServers(db, PARTNER_ACCOUNT.accountId, PARTNER_SERVERS, now);

  // The demo applicant exists only when the demo accounts were seeded; it was not registered, so grant here.
  const applicant = await db.account.findUnique({ where: { email: DEMO_APPLICANT_EMAIL }, select: { id: true } });
  if (applicant) {
    const cloud = createCloudSimulator({ db, clock });
    if (await cloud.grantDemoResources(applicant.id, DEMO_APPLICANT_EMAIL)) inserted += 1;
    inserted += await seedServers(db, applicant.id, DEMO_APPLICANT_EXTRA_SERVERS, now);
  }
  return inserted;
}
