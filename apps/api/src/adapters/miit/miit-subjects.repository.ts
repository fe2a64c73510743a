// The registry simulator's filed subjects, each with its websites and each website's domains, in one statement:
// plain SQL on the pool Prisma shares (docs/decisions/032, 044), where Prisma's include made three reads. The
// reviewer's detail asks for the filing's subject every time it is opened.
import type { SimMiitSubject } from '../../generated/prisma/client.ts';
import type { Sql } from '../../infra/db.ts';
import type { MiitWebsite } from './miit.port.ts';

export type SubjectRead = Pick<
  SimMiitSubject,
  | 'subjectFilingNo'
  | 'provinceCode'
  | 'nature'
  | 'name'
  | 'certType'
  | 'certMasked'
  | 'principalName'
  | 'certificateAddress'
  | 'mailingAddress'
  | 'relatedPersons'
> & { websites: MiitWebsite[] };

// Websites by filing number, a website's domains by position (the first is its main domain).
const SELECT = `
  SELECT s."subjectFilingNo", s."provinceCode", s."nature", s."name", s."certType", s."certMasked",
    s."principalName", s."certificateAddress", s."mailingAddress", s."relatedPersons",
    (SELECT coalesce(json_agg(json_build_object('websiteFilingNo', w."websiteFilingNo", 'name', w."name",
        'domains', (SELECT coalesce(json_agg(d."domain" ORDER BY d."position" ASC), '[]')
                    FROM "SimMiitWebsiteDomain" d WHERE d."websiteId" = w."id"),
        'homepageUrl', w."homepageUrl", 'contentType', w."contentType", 'accessProviders', w."accessProviders")
      ORDER BY w."websiteFilingNo" ASC), '[]')
     FROM "SimMiitWebsite" w WHERE w."subjectId" = s."id") AS "websites"
  FROM "SimMiitSubject" s`;

export function createMiitSubjectsRepository(sql: Sql) {
  const one = async (where: string, values: unknown[]) =>
    (await sql.query<SubjectRead>(`${SELECT} WHERE ${where}`, values))[0] ?? null;
  return {
    byFilingNo: (subjectFilingNo: string) => one(`s."subjectFilingNo" = $1`, [subjectFilingNo]),
    byCert: (certType: string, certHash: string) =>
      one(`s."certType" = $1 AND s."certHash" = $2`, [certType, certHash]),
  };
}
