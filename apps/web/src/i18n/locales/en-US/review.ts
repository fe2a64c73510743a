// English: the reviewer workbench and its two queues.
import type { Messages } from '../zh-CN/index.ts';

export const review: Messages['review'] = {
  nav: { initial: 'Initial review queue', second: 'Second review queue', workbench: 'Workbench' },
  workbench: {
    title: 'Review workbench',
    intro: 'Work through initial and second reviews by deadline; filings closest to or past their deadline come first.',
    openQueue: 'Open the {{queue}}',
  },
  initial: {
    title: 'Initial review queue',
    description: 'Check subject details, website details and uploaded materials within 1 working day of submission.',
    empty: 'No filings are waiting for initial review.',
  },
  second: {
    title: 'Second review queue',
    description: 'Check that the verification photo matches the certificate, within 1 working day of the photo.',
    empty: 'No photos are waiting for second review.',
  },
};
