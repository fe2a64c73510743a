// The admin's province rules and MIIT suffix list (/api/admin/rules, /api/admin/suffixes): each published version
// with its author, time and reason, what changed from the one before, and the edits an admin publishes.
import { isDay, normalizeSuffix } from '@beian/domain';
import { z } from 'zod';
import { nonEmpty } from './common.ts';
import { ProvinceCodeSchema, SubjectNatureSchema } from './filing-common.ts';

/** Why the rules changed, as the admin put it: shown in the history and the audit log. */
export const RuleReasonSchema = z.string().trim().min(2).max(500);

export const HandwrittenPledgeSchema = z.object({
  /** Copied by hand word for word, so kept exactly as typed apart from the ends. */
  text: nonEmpty(1000),
  appliesTo: z
    .array(SubjectNatureSchema)
    .min(1)
    .refine((natures) => new Set(natures).size === natures.length, { message: 'Each nature may be listed once.' }),
});

/** One province's rules as an admin edits them (the province is the key they are published under). */
export const ProvinceRuleEditSchema = z.object({
  verificationSheet: z.object({
    fingerprint: z.boolean(),
    handwrittenPledge: HandwrittenPledgeSchema.nullable(),
  }),
  appCheckEligible: z.boolean(),
  bureauReviewWorkingDays: z.number().int().min(1).max(60),
});
export type ProvinceRuleEdit = z.infer<typeof ProvinceRuleEditSchema>;

export const ProvinceRulesSchema = ProvinceRuleEditSchema.extend({ provinceCode: z.string() });
export type ProvinceRulesView = z.infer<typeof ProvinceRulesSchema>;

/** Whoever published a version; null for version 1, the shipped data. */
const VersionMetaSchema = z.object({
  version: z.number().int().min(1),
  author: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  reason: z.string(),
});
export type RuleVersionMeta = z.infer<typeof VersionMetaSchema>;

export const ProvinceRuleSetSchema = VersionMetaSchema.extend({ provinces: z.array(ProvinceRulesSchema) });
export type ProvinceRuleSet = z.infer<typeof ProvinceRuleSetSchema>;

/** One changed field: `44.bureauReviewWorkingDays`, `36.verificationSheet.fingerprint`. */
export const RuleChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type RuleChange = z.infer<typeof RuleChangeSchema>;

export const ProvinceRulesHistorySchema = z.object({
  versions: z.array(VersionMetaSchema.extend({ changes: z.array(RuleChangeSchema) })),
});
export type ProvinceRulesHistory = z.infer<typeof ProvinceRulesHistorySchema>;

/** The edits from `baseVersion` (the version the admin edited, so that a concurrent publish is refused). */
export const PublishProvinceRulesSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  reason: RuleReasonSchema,
  provinces: z
    .record(ProvinceCodeSchema, ProvinceRuleEditSchema)
    .refine((edits) => Object.keys(edits).length > 0, { message: 'Change at least one province.' }),
});
export type PublishProvinceRules = z.infer<typeof PublishProvinceRulesSchema>;

// ---- the MIIT suffix list ------------------------------------------------------------------------------------------

export const DaySchema = z.string().refine(isDay, { message: 'A date as YYYY-MM-DD.' });

export const SuffixListSchema = VersionMetaSchema.extend({ asOf: z.string(), suffixes: z.array(z.string()) });
export type SuffixListView = z.infer<typeof SuffixListSchema>;

export const SuffixHistorySchema = z.object({
  versions: z.array(
    VersionMetaSchema.extend({
      asOf: z.string(),
      previousAsOf: z.string().nullable(),
      added: z.array(z.string()),
      removed: z.array(z.string()),
    }),
  ),
});
export type SuffixHistory = z.infer<typeof SuffixHistorySchema>;

/** Each suffix ASCII and lower case (IDN in punycode: `.中国` becomes `xn--fiqs8s`), no leading dot, none twice. */
export const SuffixesSchema = z
  .array(z.string().max(100))
  .min(1)
  .max(2000)
  .transform((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((raw, index) => {
      const suffix = normalizeSuffix(raw);
      if (suffix === null) {
        ctx.addIssue({ code: 'custom', path: [index], message: `"${raw.trim()}" is not a domain suffix.` });
      } else if (seen.has(suffix)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `${suffix} is listed twice.` });
      } else {
        seen.add(suffix);
      }
    });
    return [...seen];
  });

export const PublishSuffixesSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  reason: RuleReasonSchema,
  asOf: DaySchema,
  suffixes: SuffixesSchema,
});
export type PublishSuffixes = z.infer<typeof PublishSuffixesSchema>;

export const RuleVersionParamsSchema = z.strictObject({ version: z.coerce.number().int().min(1).max(1_000_000) });
