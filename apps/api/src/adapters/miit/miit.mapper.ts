// Rows of the MIIT simulator's tables as the registry port shapes them.
import { RELATED_PERSON_ROLES } from '@beian/domain';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { MiitSubject, MiitWebsite, RegistryRelatedPerson } from './miit.port.ts';
import type { SubjectRead } from './miit-subjects.repository.ts';

export const websiteInclude = { domains: { orderBy: { position: 'asc' } } } as const;

type WebsiteRow = Prisma.SimMiitWebsiteGetPayload<{ include: typeof websiteInclude }>;

const RelatedPersonsSchema = z.array(
  z.object({
    name: z.string(),
    certType: z.string(),
    certHash: z.string(),
    certMasked: z.string(),
    role: z.enum(RELATED_PERSON_ROLES),
  }),
);

export const parseRelatedPersons = (json: Prisma.JsonValue): RegistryRelatedPerson[] =>
  RelatedPersonsSchema.parse(json);

export const toMiitWebsite = (row: WebsiteRow): MiitWebsite => ({
  websiteFilingNo: row.websiteFilingNo,
  name: row.name,
  domains: row.domains.map((d) => d.domain),
  homepageUrl: row.homepageUrl,
  contentType: row.contentType,
  accessProviders: row.accessProviders,
});

export const toMiitSubject = (row: SubjectRead): MiitSubject => ({
  subjectFilingNo: row.subjectFilingNo,
  provinceCode: row.provinceCode,
  nature: row.nature,
  name: row.name,
  certType: row.certType,
  certMasked: row.certMasked,
  principalName: row.principalName,
  certificateAddress: row.certificateAddress,
  mailingAddress: row.mailingAddress,
  relatedPersons: parseRelatedPersons(row.relatedPersons),
  websites: row.websites,
});
