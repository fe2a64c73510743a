// /api/filings/:id/subject and /sms-code: step 2.1 of the wizard (autosave, filing password, principal mobile by SMS).
import {
  FilingDetailSchema,
  FilingIdParamsSchema,
  FilingPasswordBodySchema,
  ProblemSchema,
  SmsCodeBodySchema,
  SmsCodeSentSchema,
  UpdateSubjectBodySchema,
} from '@beian/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import { applicantOnly, filingProblems } from './filings.routes.ts';
import type { SmsCodeService } from './sms-code.service.ts';
import type { SubjectService } from './subject.service.ts';

const tags = ['filings'];
const checkProblems = { ...filingProblems, 422: ProblemSchema, 423: ProblemSchema, 503: ProblemSchema };

// Guessing is limited per account on top of the per-subject lock; it runs after the session is known.
const perAccount = (max: number) => ({
  rateLimit: {
    max,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => request.account?.id ?? request.ip,
  },
});

export const subjectRoutes: FastifyPluginAsyncZod<{
  subject: SubjectService;
  smsCodes: SmsCodeService;
  /** The SMS gateway is simulated: a sent code says where the applicant can read it. */
  simulatedPhone: boolean;
}> = async (app, { subject, smsCodes, simulatedPhone }) => {
  app.put(
    '/:id/subject',
    {
      preHandler: applicantOnly,
      schema: {
        tags,
        summary: 'Step 2.1: autosave the subject and its principal (partial values are kept as typed)',
        params: FilingIdParamsSchema,
        body: UpdateSubjectBodySchema,
        response: { 200: FilingDetailSchema, ...filingProblems },
      },
    },
    (request) => subject.update(currentAccount(request).id, request.params.id, request.body),
  );

  app.post(
    '/:id/subject/password',
    {
      preHandler: applicantOnly,
      config: perAccount(10),
      schema: {
        tags,
        summary: "Check the subject's filing password with the MIIT registry (5 wrong lock the subject for 30 min)",
        params: FilingIdParamsSchema,
        body: FilingPasswordBodySchema,
        response: { 200: FilingDetailSchema, ...checkProblems },
      },
    },
    (request) => subject.verifyPassword(currentAccount(request).id, request.params.id, request.body.password),
  );

  app.post(
    '/:id/sms-code',
    {
      preHandler: applicantOnly,
      config: perAccount(10),
      schema: {
        tags,
        summary: "Text a 6-digit code to the principal's saved mobile (once a minute, 5 an hour per number)",
        params: FilingIdParamsSchema,
        response: { 200: SmsCodeSentSchema, ...checkProblems },
      },
    },
    async (request) => ({ ...(await smsCodes.send(currentAccount(request).id, request.params.id)), simulatedPhone }),
  );

  app.post(
    '/:id/sms-code/verify',
    {
      preHandler: applicantOnly,
      config: perAccount(20),
      schema: {
        tags,
        summary: "Confirm the principal's mobile with the texted code",
        params: FilingIdParamsSchema,
        body: SmsCodeBodySchema,
        response: { 200: FilingDetailSchema, ...checkProblems },
      },
    },
    (request) => smsCodes.verify(currentAccount(request).id, request.params.id, request.body.code),
  );
};
