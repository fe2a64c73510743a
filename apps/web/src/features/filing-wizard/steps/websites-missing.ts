// What the websites step still needs, for its footer: a website kept at all, then per website (by name) the
// confirmation, a cloud service that may host it, and each field of a principal of its own.
import type { FilingDetail } from '@beian/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldIssues, issuesOf } from '../footer/field-issues.ts';
import type { MissingField } from '../footer/missing-field.ts';
import { principalFieldLabel } from '../footer/principal-labels.ts';
import type { WebsitesFormValues } from './websites-form-values.ts';

export function websitesMissing(
  t: TFunction,
  values: WebsitesFormValues,
  saved: FilingDetail['websites'],
  nameOf: (websiteFilingNo: string) => string,
  checked: z.ZodSafeParseResult<unknown>,
): MissingField[] {
  if (values.websites.length === 0) return [{ key: 'none', label: t('filing.websites.noneKept') }];
  const issues = issuesOf(checked);
  return values.websites.flatMap((entry, index) => {
    const on = (item: string) => t('filing.footer.onWebsite', { website: nameOf(entry.websiteFilingNo), item });
    const at = `websites.${index}`;
    const view = saved.find((w) => w.websiteFilingNo === entry.websiteFilingNo);
    const missing: MissingField[] = [];
    if (!entry.confirmed)
      missing.push({ key: `${at}.confirmed`, label: on(t('filing.websites.confirm')), field: `${at}.confirmed` });
    const cloud = entry.cloudService;
    if (cloud === null || (cloud.kind === 'AUTH_CODE' && cloud.code.trim() === '')) {
      missing.push({
        key: `${at}.cloudService`,
        label: on(t('filing.websites.chooseCloud')),
        field: `${at}.cloudService`,
      });
    } else if (view?.cloudServiceChecks.some((check) => check.status === 'fail')) {
      missing.push({
        key: `${at}.cloudService`,
        label: on(t('filing.websites.cloudRefused')),
        field: `${at}.cloudService`,
      });
    }
    const own = issues.filter((issue) => issue.path[0] === 'websites' && issue.path[1] === index);
    missing.push(
      ...fieldIssues(
        t,
        own,
        (path) => {
          const field = path.split('.')[3];
          const label = principalFieldLabel(t, field);
          const value = field ? (entry.principal as Record<string, string>)[field] : undefined;
          return label ? { label, empty: (value ?? '').trim() === '' } : null;
        },
        on,
      ),
    );
    return missing;
  });
}
