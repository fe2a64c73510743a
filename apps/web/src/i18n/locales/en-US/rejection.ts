// Fixing a rejected filing, resubmitting it, and withdrawing a submission.
import type { Messages } from '../zh-CN/index.ts';

export const rejection: Messages['rejection'] = {
  title: 'Initial review not passed: change the following and resubmit',
  separator: ': ',
  suggestion: 'Suggestion: {{suggestion}}',
  withSuggestion: '{{message}} Suggestion: {{suggestion}}',
  website: 'Website "{{name}}"',
  notNamed: 'No change needed here',
  websiteReasons: 'Rejection reasons for this website',
  withdraw: {
    action: 'Withdraw submission',
    title: 'Withdraw the submission of order {{orderNo}}?',
    body: 'The order goes back to draft so you can change it, then submit it for initial review again. Once a reviewer has started, it can no longer be withdrawn.',
    confirm: 'Withdraw',
    cancel: 'Keep it submitted',
    failed: 'Could not withdraw: {{message}}',
  },
  resubmit: 'Resubmit',
};
