import { describe, expect, it } from 'vitest';
import { SUBJECT_NATURES } from '../glossary.ts';
import {
  contentNotAllowedFor,
  contentTypeCategories,
  PRE_APPROVAL_CATEGORIES,
  preApprovalCategoriesFor,
} from './pre-approval.ts';

describe('pre-approval content', () => {
  it('reads the categories from the registry’s labels, joined in any of the usual ways', () => {
    expect(contentTypeCategories('新闻、教育')).toEqual(['NEWS', 'EDUCATION']);
    expect(contentTypeCategories('企业官网，文化')).toEqual(['CULTURE']);
    expect(contentTypeCategories('博客/个人空间')).toEqual([]);
    expect(contentTypeCategories(undefined)).toEqual([]);
  });

  it.each(SUBJECT_NATURES)('lets only an organisation carry it: %s', (nature) => {
    const organisation = nature !== 'PERSONAL';
    expect(preApprovalCategoriesFor(nature)).toEqual(organisation ? PRE_APPROVAL_CATEGORIES : []);
    expect(contentNotAllowedFor(nature, ['GENERAL', 'NEWS', 'RELIGION'])).toEqual(
      organisation ? [] : ['NEWS', 'RELIGION'],
    );
    expect(contentNotAllowedFor(nature, ['GENERAL'])).toEqual([]);
  });
});
