// /api/miit/sms-check: the simulated MIIT verification page (工信部短信核验), registered only while the simulators
// run. No sign-in, like MIIT's own page; it keeps the CSRF check every write has (the page fetches a token bound to
// its pre-session cookie, as the app check phone page does) and has a per-address budget of its own.
import { MiitSmsCheckBodySchema, MiitSmsCheckResultSchema, ProblemSchema } from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { MiitSmsCheckService } from './miit-sms-check.service.ts';

// Per IP, on top of the global budget: a code has a million values and each verifier 5 wrong tries, so this only
// keeps the unauthenticated route from being a cheap target. A verifier needs a handful of requests.
const budget = { rateLimit: { max: 30, timeWindow: '10 minutes' } };

export const miitSmsCheckRoutes: FastifyPluginAsyncZod<{ smsCheck: MiitSmsCheckService }> = async (
  app,
  { smsCheck },
) => {
  app.post(
    '/sms-check',
    {
      config: budget,
      schema: {
        tags: ['simulator'],
        summary:
          "A verifier's reply on MIIT's page: mobile, texted code and the last 6 characters of the certificate number",
        body: MiitSmsCheckBodySchema,
        response: { 200: MiitSmsCheckResultSchema, 400: ProblemSchema, 403: ProblemSchema, 429: ProblemSchema },
      },
    },
    (request) => smsCheck.check(request.body),
  );
};
