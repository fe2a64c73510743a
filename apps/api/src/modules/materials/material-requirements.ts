// The filing's required materials (requiredMaterials in @beian/domain) from its nature, province and website entries,
// with each website's content types read from the MIIT registry, where the filed content type is a Chinese label.
import type { FilingDetail } from '@beian/contracts';
import {
  PRE_APPROVAL_CATEGORIES,
  type PreApprovalCategory,
  type ProvinceRules,
  type RequiredMaterial,
  requiredMaterials,
} from '@beian/domain';
import type { MiitSubject } from '../../adapters/miit/miit.port.ts';
import type { Filing } from '../../generated/prisma/client.ts';

// The registry's labels (网站内容类型) of the content that needs a pre-approval document (前置审批).
const CATEGORY_LABELS: Readonly<Record<string, PreApprovalCategory>> = {
  新闻: 'NEWS',
  出版: 'PUBLISHING',
  教育: 'EDUCATION',
  医疗保健: 'MEDICAL',
  药品和医疗器械: 'DRUGS',
  文化: 'CULTURE',
  广播电影电视节目: 'RADIO_TV',
  宗教: 'RELIGION',
};

/** The category codes a registry content type stands for; labels may be joined by 、 or ，(the code itself counts too). */
export function contentTypeCategories(contentType: string | undefined): PreApprovalCategory[] {
  if (!contentType) return [];
  const labels = contentType.split(/[、，,;；]/).map((label) => label.trim());
  return PRE_APPROVAL_CATEGORIES.filter((code) => labels.some((l) => l === code || CATEGORY_LABELS[l] === code));
}

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
