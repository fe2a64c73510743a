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
  submittedAt: 'Submitted {{at}} (Beijing time)',
  decidedAt: {
    APPROVED: 'Submitted {{submitted}} · reviewed {{at}} (Beijing time)',
    REJECTED: 'Submitted {{submitted}} · reviewed {{at}} (Beijing time)',
    WITHDRAWN: 'Submitted {{submitted}} · withdrawn {{at}} (Beijing time)',
  },
  reasons: 'Rejection reasons',
  separator: ': ',
  changes: 'All status changes (Beijing time)',
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
