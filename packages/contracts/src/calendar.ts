// The holiday calendar an admin maintains (/api/admin/calendar): each year's days off and make-up working days
// (Beijing dates YYYY-MM-DD), published as numbered versions, and how far the calendar reaches.
import { z } from 'zod';
import { nonEmpty, trimmed } from './common.ts';

export const CalendarYearParamsSchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

/**
 * Where a year's schedule comes from: a version an admin published, the calendar data the console ships with, or
 * nowhere (weekends only, which is wrong around holidays).
 */
export const CalendarSourceSchema = z.enum(['PUBLISHED', 'BUILT_IN', 'NONE']);
export type CalendarSource = z.infer<typeof CalendarSourceSchema>;

const AuthorSchema = z.object({ id: z.uuid(), displayName: z.string() });

export const CalendarCoverageSchema = z.object({
  /** Every year whose official schedule the calendar holds, ascending. */
  coveredYears: z.array(z.number().int()),
  /** The Beijing year now, and the next one. */
  currentYear: z.number().int(),
  nextYear: z.number().int(),
  currentYearCovered: z.boolean(),
  nextYearCovered: z.boolean(),
  /** The last year of the unbroken run of covered years from the current one (null: the current one is not). */
  coveredThrough: z.number().int().nullable(),
  /** The current year is missing, or from 1 November (Beijing) the next one is. */
  warn: z.boolean(),
});
export type CalendarCoverage = z.infer<typeof CalendarCoverageSchema>;

export const CalendarYearSummarySchema = z.object({
  year: z.number().int(),
  source: CalendarSourceSchema,
  /** The published version in force; null while the year is built-in or missing. */
  version: z.number().int().nullable(),
  holidays: z.number().int(),
  makeUpWorkdays: z.number().int(),
  author: AuthorSchema.nullable(),
  publishedAt: z.iso.datetime().nullable(),
  reason: z.string().nullable(),
});
export type CalendarYearSummary = z.infer<typeof CalendarYearSummarySchema>;

export const CalendarOverviewSchema = z.object({
  coverage: CalendarCoverageSchema,
  /** The published years, and last, this and next year whatever their source; newest first. */
  years: z.array(CalendarYearSummarySchema),
});
export type CalendarOverview = z.infer<typeof CalendarOverviewSchema>;

export const CalendarVersionSchema = z.object({
  version: z.number().int(),
  holidays: z.array(z.string()),
  makeUpWorkdays: z.array(z.string()),
  reason: z.string(),
  author: AuthorSchema,
  publishedAt: z.iso.datetime(),
});
export type CalendarVersion = z.infer<typeof CalendarVersionSchema>;

export const CalendarYearDetailSchema = z.object({
  year: z.number().int(),
  source: CalendarSourceSchema,
  /** The published version in force (0 while none is: send it back as baseVersion). */
  version: z.number().int(),
  holidays: z.array(z.string()),
  makeUpWorkdays: z.array(z.string()),
  /** Every published version of the year, newest first. */
  history: z.array(CalendarVersionSchema),
});
export type CalendarYearDetail = z.infer<typeof CalendarYearDetailSchema>;

const days = z.array(trimmed(10)).max(366);

export const PublishCalendarYearSchema = z.strictObject({
  /** The version the admin edited (0 when the year had none): another admin's publish since then is a 409. */
  baseVersion: z.number().int().min(0),
  /** The official days off, weekend days inside the span included or not (harmless either way). */
  holidays: days.min(1),
  /** The weekend days worked instead (调休上班). */
  makeUpWorkdays: days,
  reason: nonEmpty(500),
});
export type PublishCalendarYear = z.infer<typeof PublishCalendarYearSchema>;
