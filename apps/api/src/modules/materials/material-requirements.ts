// The filing's required materials (requiredMaterials in @beian/domain) from its nature, province and website entries,
// with each website's content types read from the MIIT registry, where the filed content type is a Chinese label.
import type { FilingDetail } from '@beian/contracts';
import { contentTypeCategories, type ProvinceRules, type RequiredMaterial, requiredMaterials } from '@beian/domain';
import type { MiitSubject } from '../../adapters/miit/miit.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';

/** `rules`: the province's rules as of the filing's recorded version. */
export function requirementsOf(
  row: Filing,
  detail: FilingDetail,
  registry: MiitSubject | null,
  rules: ProvinceRules,
): RequiredMaterial[] {
  const contentTypes = new Map(registry?.websites.map((w) => [w.websiteFilingNo, w.contentType]) ?? []);
  return requiredMaterials({
    nature: row.nature,
    provinceCode: row.province,
    rules,
    websites: detail.websites.map((w) => ({
      websiteFilingNo: w.websiteFilingNo,
      contentTypes: contentTypeCategories(contentTypes.get(w.websiteFilingNo)),
      // Until the applicant chooses, a website asks for nothing of its own.
      principalSameAsSubject: w.principal === null || w.principal.sameAsSubject,
    })),
  });
}
