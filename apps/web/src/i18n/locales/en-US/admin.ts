// English: the admin console (overview and audit log).
import type { Messages } from '../zh-CN/index.ts';

export const admin: Messages['admin'] = {
  nav: { overview: 'Overview', audit: 'Audit log' },
  overview: {
    title: 'Administration overview',
    intro: 'See the current review workload and read the record of administrative actions.',
    reviewHeading: 'Review workload',
    auditHeading: 'Audit log',
    auditBody:
      'Every administrative change and other security-relevant action is recorded in the audit log, which you can filter by action and record type.',
    openAudit: 'Open the audit log',
  },
  auditLog: {
    title: 'Audit log',
    intro: 'Every administrative change and other security-relevant action, newest first.',
    filtersHeading: 'Filter entries',
    action: 'Action',
    targetType: 'Record type',
    exactHint: 'Enter the full name; it must match exactly',
    apply: 'Filter',
    clear: 'Clear filters',
    caption: 'Audit entries (newest first)',
    columns: {
      at: 'Time (China Standard Time)',
      actor: 'Actor',
      action: 'Action',
      targetType: 'Record type',
      targetId: 'Record ID',
      detail: 'Details',
    },
    system: 'System',
    none: 'None',
    showing_one: 'Showing {{count}} entry on this page',
    showing_other: 'Showing {{count}} entries on this page',
    pager: 'Audit log pages',
    older: 'Older entries',
    newest: 'Back to newest',
    loading: 'Loading audit entries…',
    loadFailed: 'The audit log could not be loaded',
    invalidLink: 'The filters in this link are not valid. Filter again.',
    empty: {
      title: 'No audit entries yet',
      body: 'Entries appear here once an administrator changes something or another security-relevant action happens.',
    },
    emptyFiltered: {
      title: 'No entries match these filters',
      body: 'Action and record type must match the full name exactly. Check what you entered, or clear the filters to see every entry.',
    },
    emptyOlder: {
      title: 'No older entries',
      body: 'You have reached the oldest entry.',
    },
  },
};
