// English: the reviewer workbench, its figures and today's decisions (also shown on the admin overview).
import type { Messages } from '../zh-CN/index.ts';

export const review: Messages['review'] = {
  nav: { workbench: 'Workbench' },
  workbench: {
    title: 'Review workbench',
    intro:
      'How many filings are waiting for review, how many are past their deadline, and where the filings sent to the bureau stand. Initial and second reviews are each due within 1 working day.',
  },
  figures: { reviews: 'Reviews', bureau: 'Bureau stage' },
  calendar: {
    covered: 'Deadlines are counted on the holiday calendar, which covers the years up to {{year}}.',
    warnTitle: 'The holiday calendar needs updating',
    missingCurrent:
      'The {{year}} holidays have not been entered: deadlines count weekends only, so public holidays count as working days.',
    missingNext:
      'The {{year}} holidays have not been entered: deadlines that run into the new year count its holidays as working days.',
    askAdmin: 'Ask an administrator to enter them.',
    open: 'Enter the holidays',
  },
  dashboard: {
    initial: 'Awaiting initial review',
    initialHint: 'Filings whose subject, websites and materials need checking, due within 1 working day of submission.',
    second: 'Awaiting second review',
    secondHint: 'Filings whose verification photo needs checking, due within 1 working day of the photo.',
    overdue: 'Overdue',
    overdueHint: 'Filings still in initial or second review after their deadline.',
    bureauSms: 'In the SMS check',
    bureauSmsHint: 'Filings sent to the bureau whose principals have 24 hours to confirm the MIIT SMS check.',
    bureauSmsFailed: 'SMS check failed, to resubmit',
    bureauSmsFailedHint:
      'Principals missed the 24 hours or entered a wrong code more than 5 times: a reviewer contacts them and resubmits.',
    bureauSmsFailedLink: 'Handle the failed SMS checks',
    bureauReview: 'In the bureau’s review',
    bureauReviewHint: 'SMS check complete, waiting for the bureau (usually 20 working days, 30 in Zhejiang).',
    bureauOverdue: 'Overdue',
    bureauOverdueHint: 'SMS checks past their 24 hours and bureau reviews past their expected time.',
    loading: 'Loading review figures…',
    loadFailed: 'The review figures could not be loaded',
  },
  decisionsToday: {
    caption: 'Decisions today ({{date}}, Beijing time)',
    reviewer: 'Reviewer',
    approved: 'Approved',
    rejected: 'Rejected',
    total: 'Total',
    totalRow: 'All reviewers',
    empty: 'Decisions today: nobody has approved or rejected a filing yet on {{date}} (Beijing time).',
  },
};
