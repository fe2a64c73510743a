// English: the admin console (overview).
import type { Messages } from '../zh-CN/index.ts';

export const admin: Messages['admin'] = {
  nav: { overview: 'Overview', audit: 'Audit log' },
  overview: {
    title: 'Administration overview',
    intro: 'See the current review workload and read the record of administrative actions.',
    reviewHeading: 'Review workload',
    auditHeading: 'Audit log',
    auditBody:
      'Every administrative change, every move of a filing between states and other security-relevant actions are recorded in the audit log, which you can filter by person, order number, action and date, and export.',
    openAudit: 'Open the audit log',
  },
};
