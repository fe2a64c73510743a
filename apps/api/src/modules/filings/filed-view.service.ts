// The filed view of a completed filing (备案完成): the subject and the filing's websites as the MIIT registry lists
// them now, with this provider among each website's access providers, and the principal named on the filing.
import type { FiledView } from '@beian/contracts';
import { type MiitRegistry, OUR_ACCESS_PROVIDER } from '../../adapters/miit/miit.port.ts';
import { ConflictError } from '../../lib/app-error.ts';
import type { FilingAccess } from './filing-access.ts';
import { readSubject, readWebsites } from './filing-data.ts';
import type { FilingsRepository } from './filings.repository.ts';

export type FiledViewServiceDeps = {
  repo: Pick<FilingsRepository, 'listEvents'>;
  access: Pick<FilingAccess, 'owned'>;
  miit: Pick<MiitRegistry, 'findSubjectByFilingNo'>;
};

const notCompleted = (orderNo: string) =>
  new ConflictError('FILING_NOT_COMPLETED', `Filing ${orderNo} is not filed yet: the bureau has not approved it.`);

export function createFiledViewService({ repo, access, miit }: FiledViewServiceDeps) {
  return {
    async filed(accountId: string, id: string): Promise<FiledView> {
      const row = await access.owned(accountId, id);
      if (row.status !== 'COMPLETED' || !row.subjectFilingNo) throw notCompleted(row.orderNo);
      const subject = await miit.findSubjectByFilingNo(row.subjectFilingNo);
      if (!subject) throw new Error(`Filing ${row.orderNo}: its subject filing number is not in the MIIT registry`);
      const ours = new Set(readWebsites(row.websites).map((w) => w.websiteFilingNo));
      const completed = (await repo.listEvents(row.id)).findLast((e) => e.toStatus === 'COMPLETED');
      return {
        completedAt: (completed?.at ?? row.updatedAt).toISOString(),
        subject: {
          subjectFilingNo: subject.subjectFilingNo,
          name: subject.name,
          principalName: readSubject(row.subjectDraft).principal.name ?? subject.principalName,
        },
        websites: subject.websites
          .filter((w) => ours.has(w.websiteFilingNo))
          .map((w) => ({
            websiteFilingNo: w.websiteFilingNo,
            name: w.name,
            domains: [...w.domains],
            homepageUrl: w.homepageUrl,
            accessProviders: [...w.accessProviders],
            accessedHere: w.accessProviders.includes(OUR_ACCESS_PROVIDER),
          })),
        provider: OUR_ACCESS_PROVIDER,
      };
    },
  };
}

export type FiledViewService = ReturnType<typeof createFiledViewService>;
