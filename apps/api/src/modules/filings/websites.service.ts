// Step 2.2, the websites: the subject's filed websites from the MIIT registry, and the applicant's entries for them,
// each with its cloud service (checked now, so the wizard can say at once what is wrong) and its principal.
import type { UpdateWebsitesBody } from '@beian/contracts';
import { shanghaiDay } from '@beian/domain';
import type { CloudInventory } from '../../adapters/cloud/cloud.port.ts';
import type { MiitRegistry } from '../../adapters/miit/miit.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import type { CertHasher } from '../../lib/cert-hash.ts';
import type { Clock } from '../../lib/clock.ts';
import { checkCloudService } from './cloud-service-checks.ts';
import { changedPaths } from './edit-scope.ts';
import { type FilingAccess, missingSubjectNoError } from './filing-access.ts';
import { readWebsites, type StoredWebsite } from './filing-data.ts';
import { assertContentAllowed, assertListable, principalOf, registryView, websiteFields } from './website-entries.ts';

export type WebsitesServiceDeps = {
  access: FilingAccess;
  miit: MiitRegistry;
  cloud: CloudInventory;
  certHasher: CertHasher;
  clock: Clock;
};

export function createWebsitesService({ access, miit, cloud, certHasher, clock }: WebsitesServiceDeps) {
  async function registryWebsites(row: Filing) {
    if (row.subjectFilingNo === null) throw missingSubjectNoError();
    return (await miit.findSubjectByFilingNo(row.subjectFilingNo))?.websites ?? [];
  }

  return {
    async detected(accountId: string, id: string) {
      const row = await access.owned(accountId, id);
      return { websites: (await registryWebsites(row)).map(registryView) };
    },

    async update(accountId: string, id: string, body: UpdateWebsitesBody) {
      const row = await access.editable(accountId, id, body.version);
      const subjectFilingNo = row.subjectFilingNo;
      if (subjectFilingNo === null) throw missingSubjectNoError();
      const registry = await registryWebsites(row);
      assertListable(body.websites, registry, {
        subjectFilingNo,
        domainAscii: row.domainAscii,
        domainUnicode: row.domainUnicode,
      });
      assertContentAllowed(body.websites, registry, row.nature);

      const before = readWebsites(row.websites);
      const now = clock.now();
      const codeUses = (code: string) =>
        body.websites.filter((e) => e.cloudService?.kind === 'AUTH_CODE' && e.cloudService.code === code).length;
      const entries = await Promise.all(
        body.websites.map(async (input): Promise<StoredWebsite> => {
          // assertListable made sure every entry is one of the registry's websites.
          const website = registry.find((w) => w.websiteFilingNo === input.websiteFilingNo)!;
          const ref = input.cloudService;
          const checks = ref
            ? await checkCloudService(cloud, ref, {
                accountId,
                filingId: row.id,
                websitesUsingCode: ref.kind === 'AUTH_CODE' ? codeUses(ref.code) : 0,
                now,
              })
            : [];
          const previous = before.find((e) => e.websiteFilingNo === input.websiteFilingNo)?.principal ?? null;
          return {
            ...registryView(website),
            confirmed: input.confirmed,
            cloudService: ref,
            cloudServiceChecks: checks.map((c) => ({ ...c })),
            principal: principalOf(input.principal, previous, certHasher, shanghaiDay(now)),
          };
        }),
      );
      await access.assertMayChange(row, changedPaths('websites', websiteFields(before), websiteFields(entries)));
      await access.write(row, { websites: entries });
      return access.reload(accountId, id);
    },
  };
}

export type WebsitesService = ReturnType<typeof createWebsitesService>;
