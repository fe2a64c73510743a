// A filing's history as the applicant reads it: review rounds and status changes.
import type { Messages } from '../zh-CN/index.ts';

export const history: Messages['history'] = {
  title: 'Review history',
  round: {
    INITIAL: 'Initial review, round {{round}}',
    SECOND: 'Second review, round {{round}}',
  },
  outcome: {
    PENDING: 'In review',
    APPROVED: 'Passed',
    REJECTED: 'Not passed',
    WITHDRAWN: 'Withdrawn',
  },
  submittedAt: 'Submitted {{at}}',
  decidedAt: {
    APPROVED: 'Reviewed {{at}}',
    REJECTED: 'Reviewed {{at}}',
    WITHDRAWN: 'Withdrawn {{at}}',
  },
  reasons: 'Rejection reasons',
  separator: ': ',
  suggestion: 'Suggestion: {{suggestion}}',
  changes: 'All status changes',
  change: '{{from}} → {{to}}',
  opened: 'Order opened ({{to}})',
  actor: {
    APPLICANT: 'Applicant',
    PROVIDER: 'Service provider',
    BUREAU: 'Bureau',
    SYSTEM: 'System',
  },
  loadFailed: 'Could not load the review history: {{message}}',
};
