// /api/admin/calendar: the holiday calendar, admins only: its years and coverage, one year's days and history, and
// publishing a new version of a year.
import {
  CalendarCoverageSchema,
  CalendarOverviewSchema,
  CalendarYearDetailSchema,
  CalendarYearParamsSchema,
  ProblemSchema,
  PublishCalendarYearSchema,
} from '@beian/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentAccount } from '../../plugins/auth.plugin.ts';
import type { CalendarService } from './calendar.service.ts';

const tags = ['admin'];
// Before validation (not preHandler, which Fastify runs after it): a stranger learns nothing of what the body needs.
const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export const calendarRoutes: FastifyPluginAsyncZod<{ calendar: CalendarService }> = async (app, { calendar }) => {
  app.get(
    '/calendar',
    {
      schema: {
        tags,
        summary: 'The calendar years (published, and last, this and next year) with their version, and the coverage',
        response: { 200: CalendarOverviewSchema, ...problems },
      },
    },
    () => calendar.overview(),
  );

  app.get(
    '/calendar/coverage',
    {
      schema: {
        tags,
        summary: 'Which years the holiday calendar covers, and whether next year is missing from 1 November',
        response: { 200: CalendarCoverageSchema, ...problems },
      },
    },
    () => calendar.coverage(),
  );

  app.get(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: "A year's days off and make-up working days in force, and every published version",
        params: CalendarYearParamsSchema,
        response: { 200: CalendarYearDetailSchema, ...problems },
      },
    },
    (request) => calendar.year(request.params.year),
  );

  app.post(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: "Publish a new version of a year's schedule (replaces the year from now on; audited)",
        params: CalendarYearParamsSchema,
        body: PublishCalendarYearSchema,
        response: { 201: CalendarYearDetailSchema, ...problems, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      await calendar.publish({ accountId: currentAccount(request).id, requestId: request.id }, year, request.body);
      return reply.status(201).send(await calendar.year(year));
    },
  );
};
