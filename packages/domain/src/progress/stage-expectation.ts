// When a running stage should be over: both provider reviews 1 working day, the MIIT SMS check 24 hours, the bureau
// the province's working days (20, Zhejiang 30). Stages the applicant runs have no expectation.
import type { WorkingDayCalendar } from '../calendar/holiday-calendar.ts';
import { REVIEW_SLA_WORKING_DAYS, slaDueAt } from '../calendar/working-days.ts';
import type { ProvinceRules } from '../provinces/province-rules.ts';
import type { ProgressStageKey } from './progress-stages.ts';

export const MIIT_SMS_CHECK_HOURS = 24;

export function stageExpectedBy(
  stage: ProgressStageKey,
  start: Date,
  rules: Pick<ProvinceRules, 'bureauReviewWorkingDays'>,
  calendar?: WorkingDayCalendar,
): Date | null {
  switch (stage) {
    case 'INITIAL_REVIEW':
    case 'SECOND_REVIEW':
      return slaDueAt(start, REVIEW_SLA_WORKING_DAYS, calendar);
    case 'MIIT_SMS':
      return new Date(start.getTime() + MIIT_SMS_CHECK_HOURS * 3_600_000);
    case 'BUREAU_REVIEW':
      return slaDueAt(start, rules.bureauReviewWorkingDays, calendar);
    default:
      return null;
  }
}
