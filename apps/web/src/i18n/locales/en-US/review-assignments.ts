// English: the admin page that hands initial-review claims to another reviewer (reassignment).
import type { Messages } from '../zh-CN/index.ts';

export const reviewAssignments: Messages['reviewAssignments'] = {
  nav: 'Reassign reviews',
  title: 'Reassign reviews',
  intro:
    'Hand a filing in the initial review queue to a reviewer of your choice: it becomes theirs alone with a fresh 30-minute claim, and the previous holder can no longer decide it. Every reassignment is recorded in the audit log.',
  reviewers: {
    heading: 'Reviewers',
    caption: 'Reviewers who can take a filing (by name)',
    columns: { name: 'Name', email: 'Email', role: 'Role', activeClaims: 'Claimed now' },
    roles: { REVIEWER: 'Reviewer', ADMIN: 'Administrator' },
    claims_one: '{{count}} filing',
    claims_other: '{{count}} filings',
    loading: 'Loading reviewers…',
    loadFailed: 'The reviewer list could not be loaded',
    empty: 'There are no reviewer accounts to reassign to yet.',
  },
  queue: {
    heading: 'Filings awaiting initial review',
    caption: 'Filings awaiting initial review (by due time, overdue first)',
    columns: {
      orderNo: 'Order number',
      province: 'Province',
      timeLeft: 'Time left (due in Beijing time)',
      holder: 'Claimed by',
      assign: 'Reassign',
    },
    unclaimed: 'Unclaimed',
    heldUntil: 'until {{time}}',
    more: 'Only the {{shown}} due soonest are shown.',
    loading: 'Loading the initial review queue…',
    loadFailed: 'The initial review queue could not be loaded',
    empty: { title: 'No filings await initial review', body: 'Filings appear here once applicants submit them.' },
  },
  assign: {
    label: 'Reassign filing {{orderNo}} to',
    choose: 'Choose a reviewer',
    option_one: '{{name}} ({{count}} claimed now)',
    option_other: '{{name}} ({{count}} claimed now)',
    required: 'Choose the reviewer to hand this filing to first.',
    action: 'Reassign',
    forOrder: ' filing {{orderNo}}',
    done: 'Filing {{orderNo}} is now with {{name}}, claimed until {{time}} (Beijing time).',
    failed: 'Filing {{orderNo}} could not be reassigned',
  },
};
