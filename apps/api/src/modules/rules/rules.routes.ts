// /api/admin/rules and /api/admin/suffixes: the province rules and the MIIT suffix list, current and earlier versions,
// their history, and publishing a new version (admins only; each publish is audit-logged).
import {
  ProblemSchema,
  ProvinceRuleSetSchema,
  ProvinceRulesHistorySchema,
  PublishProvinceRulesSchema,
  PublishSuffixesSchema,
  RuleVersionParamsSchema,
  SuffixHistorySchema,
  SuffixListSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { RulesService } from './rules.service.ts';

const tags = ['admin'];
const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
// Before validation, so that a request of anyone but an admin is refused 401/403 whatever its body or params.

export const rulesRoutes: FastifyPluginAsyncZod<{ rules: RulesService }> = async (app, { rules }) => {
  app.get(
    '/rules',
    {
      schema: {
        tags,
        summary: 'The province rules in force, with their version, author, time and reason',
        response: { 200: ProvinceRuleSetSchema, ...problems },
      },
    },
    () => rules.provinceRules(),
  );
  app.get(
    '/rules/versions',
    {
      schema: {
        tags,
        summary: 'Every version of the province rules, newest first, with what each changed',
        response: { 200: ProvinceRulesHistorySchema, ...problems },
      },
    },
    () => rules.provinceRulesHistory(),
  );
  app.get(
    '/rules/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of the province rules',
        params: RuleVersionParamsSchema,
        response: { 200: ProvinceRuleSetSchema, ...problems },
      },
    },
    (request) => rules.provinceRules(request.params.version),
  );
  app.post(
    '/rules',
    {
      schema: {
        tags,
        summary: 'Publishes the next version of the province rules from the version edited (audit-logged)',
        body: PublishProvinceRulesSchema,
        response: { 201: ProvinceRuleSetSchema, 409: ProblemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const published = await rules.publishProvinceRules(request.body, {
        accountId: currentAccount(request).id,
        requestId: request.id,
      });
      return reply.code(201).send(published);
    },
  );

  app.get(
    '/suffixes',
    {
      schema: {
        tags,
        summary: 'The MIIT-approved domain suffix list in force, with its as-of date, version, author, time and reason',
        response: { 200: SuffixListSchema, ...problems },
      },
    },
    () => rules.suffixes(),
  );
  app.get(
    '/suffixes/versions',
    {
      schema: {
        tags,
        summary: 'Every version of the suffix list, newest first, with the suffixes each added and removed',
        response: { 200: SuffixHistorySchema, ...problems },
      },
    },
    () => rules.suffixHistory(),
  );
  app.get(
    '/suffixes/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of the suffix list',
        params: RuleVersionParamsSchema,
        response: { 200: SuffixListSchema, ...problems },
      },
    },
    (request) => rules.suffixes(request.params.version),
  );
  app.post(
    '/suffixes',
    {
      schema: {
        tags,
        summary: 'Publishes the next version of the suffix list from the version edited (audit-logged)',
        body: PublishSuffixesSchema,
        response: { 201: SuffixListSchema, 409: ProblemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const published = await rules.publishSuffixes(request.body, {
        accountId: currentAccount(request).id,
        requestId: request.id,
      });
      return reply.code(201).send(published);
    },
  );
};
