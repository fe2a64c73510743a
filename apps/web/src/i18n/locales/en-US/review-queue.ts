// English: the initial and second review queues (filters, counts, waiting and remaining time, claim next).
import type { Messages } from '../zh-CN/index.ts';

export const reviewQueue: Messages['reviewQueue'] = {
  nav: 'Initial review queue',
  title: 'Initial review queue',
  intro:
    'Filings waiting for initial review, by due time, overdue ones first. A filing you claim is yours alone: no other reviewer works on it at the same time.',
  autoRefresh: 'Refreshes every 15 seconds while the page is visible.',
  filters: {
    heading: 'Filters',
    province: 'Province',
    allProvinces: 'All provinces',
    provinceOption: '{{name}} ({{count}})',
    nature: 'Subject nature',
    allNatures: 'All natures',
    type: 'Filing type',
    allTypes: 'All types',
    overdueOnly: 'Overdue only',
    clear: 'Clear filters',
  },
  counts: {
    total_one: '{{count}} filing awaiting initial review',
    total_other: '{{count}} filings awaiting initial review',
    overdue_one: '{{count}} of them overdue',
    overdue_other: '{{count}} of them overdue',
    more: 'Only the {{shown}} due soonest are shown.',
  },
  caption: 'Filings awaiting initial review (by due time, overdue first)',
  columns: {
    orderNo: 'Order number',
    province: 'Province',
    nature: 'Subject nature',
    type: 'Filing type',
    waiting: 'Waiting',
    timeLeft: 'Time left (due in Beijing time)',
    reviewer: 'Reviewer',
  },
  sla: {
    left: '{{duration}} left',
    overdue: 'Overdue by {{duration}}',
    due: 'Due {{time}}',
    none: 'No due time',
  },
  unclaimed: 'Not claimed',
  claimedBy: 'Being reviewed by {{name}}',
  notSubmitted: 'Not submitted',
  duration: {
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    lessThanMinute: 'under a minute',
    pair: '{{larger}} {{smaller}}',
  },
  claim: {
    action: 'Claim next',
    hint: 'Claims the unclaimed filing due soonest and opens its review page.',
    hintFiltered:
      'Claims the unclaimed filing due soonest among those matching the filters, and opens its review page.',
    nothing: 'Nothing to claim right now: every waiting filing is claimed by another reviewer, or the queue is empty.',
    nothingFiltered: 'Nothing to claim under these filters. Clear them to claim from the whole queue.',
    failed: 'The next filing could not be claimed',
  },
  returned: 'Order {{orderNo}} is back in the queue.',
  loading: 'Loading the initial review queue…',
  loadFailed: 'The initial review queue could not be loaded',
  invalidLink: 'The filters in this link are not valid. Please choose them again.',
  empty: { title: 'No filings awaiting initial review', body: 'Filings appear here once applicants submit them.' },
  emptyFiltered: {
    title: 'No filings match the filters',
    body: 'Loosen the filters, or clear them to see every filing.',
  },
  second: {
    nav: 'Second review queue',
    title: 'Second review queue',
    intro:
      'Filings whose verification photo is in, awaiting the second review, by due time with the overdue ones first. The second review checks that the person in the photo is the principal on the ID; a claimed filing is yours alone.',
    counts: {
      total_one: '{{count}} filing awaiting second review',
      total_other: '{{count}} filings awaiting second review',
    },
    caption: 'Filings awaiting second review (by due time, overdue first)',
    loading: 'Loading the second review queue…',
    loadFailed: 'The second review queue could not be loaded',
    empty: {
      title: 'No filings awaiting second review',
      body: 'Filings appear here once the applicant or a photo point submits the verification photo.',
    },
  },
};
