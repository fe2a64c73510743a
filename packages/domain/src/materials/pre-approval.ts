// Website content that needs a licence from the competent authority (前置审批) before it may be filed.

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

/**
 * The content types of a website that need an approval document, in the list's order and without repeats. Other
 * content types (a company homepage, a blog) need none, so unknown strings are not an error here.
 */
export function preApprovalCategories(contentTypes: readonly string[]): PreApprovalCategory[] {
  return PRE_APPROVAL_CATEGORIES.filter((category) => contentTypes.includes(category));
}
