// Website content that needs a licence from the competent authority (前置审批) before it may be filed, and who may
// carry it: only an organisation's websites (docs/design.md §5.4). The web app and the API read the rule from here.
import { isOrganisation, type SubjectNature } from '../glossary.ts';

export const PRE_APPROVAL_CATEGORIES = [
  'NEWS', // 新闻
  'PUBLISHING', // 出版
  'EDUCATION', // 教育
  'MEDICAL', // 医疗保健
  'DRUGS', // 药品和医疗器械
  'CULTURE', // 文化
  'RADIO_TV', // 广播电影电视节目
  'RELIGION', // 宗教
] as const;
export type PreApprovalCategory = (typeof PRE_APPROVAL_CATEGORIES)[number];

// The MIIT registry's labels (网站内容类型) of the content that needs a pre-approval document.
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

/**
 * The content types of a website that need an approval document, in the list's order and without repeats. Other
 * content types (a company homepage, a blog) need none, so unknown strings are not an error here.
 */
export function preApprovalCategories(contentTypes: readonly string[]): PreApprovalCategory[] {
  return PRE_APPROVAL_CATEGORIES.filter((category) => contentTypes.includes(category));
}

/** The categories a registry content type stands for; labels may be joined by 、 or ，(the code itself counts too). */
export function contentTypeCategories(contentType: string | undefined): PreApprovalCategory[] {
  if (!contentType) return [];
  const labels = contentType.split(/[、，,;；]/).map((label) => label.trim());
  return PRE_APPROVAL_CATEGORIES.filter((code) => labels.some((l) => l === code || CATEGORY_LABELS[l] === code));
}

/**
 * The content categories that need pre-approval which a website of this nature may carry: every one for an
 * organisation, none for a person (the provider asks for approval documents 单位备案时 only, and MIIT files no such
 * content on a personal website). A choice of content offers only these.
 */
export function preApprovalCategoriesFor(nature: SubjectNature): readonly PreApprovalCategory[] {
  return isOrganisation(nature) ? PRE_APPROVAL_CATEGORIES : [];
}

/** The categories among a website's content that a filing of this nature may not carry; empty when it may. */
export function contentNotAllowedFor(nature: SubjectNature, contentTypes: readonly string[]): PreApprovalCategory[] {
  const allowed = preApprovalCategoriesFor(nature);
  return preApprovalCategories(contentTypes).filter((category) => !allowed.includes(category));
}
