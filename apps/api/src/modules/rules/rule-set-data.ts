// The data of each rule-set kind: version 1 is the shipped data of @beian/domain, and every stored version is read
// back through the same schema the admin's edits pass, so a filing's rules always have the domain's shape.
import { ProvinceRulesSchema } from '@beian/contracts';
import { MIIT_SUFFIXES, PROVINCE_RULES, type ProvinceRules, type SuffixList } from '@beian/domain';
import { z } from 'zod';
import type { Prisma, RuleSetKind } from '../../generated/prisma/client.ts';

export type ProvinceRuleData = Readonly<Record<string, ProvinceRules>>;

const ProvinceRuleDataSchema = z.record(z.string(), ProvinceRulesSchema);
const SuffixListDataSchema = z.object({ asOf: z.string(), suffixes: z.array(z.string()) });

export const readProvinceRules = (data: Prisma.JsonValue): ProvinceRuleData => ProvinceRuleDataSchema.parse(data);
export const readSuffixList = (data: Prisma.JsonValue): SuffixList => SuffixListDataSchema.parse(data);

export const SHIPPED_REASON = 'shipped data';

/** Version 1 of each kind. */
export const SHIPPED: Readonly<Record<RuleSetKind, Prisma.InputJsonObject>> = {
  PROVINCE_RULES: JSON.parse(JSON.stringify(PROVINCE_RULES)),
  MIIT_SUFFIXES: { asOf: MIIT_SUFFIXES.asOf, suffixes: [...MIIT_SUFFIXES.suffixes] },
};
