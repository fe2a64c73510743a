// Fixing a rejected filing, resubmitting it, and withdrawing a submission.
import type { Messages } from '../zh-CN/index.ts';

export const rejection: Messages['rejection'] = {
  title: 'Initial review not passed: change the following and resubmit',
  separator: ': ',
  suggestion: 'Suggestion: {{suggestion}}',
  withSuggestion: '{{message}} Suggestion: {{suggestion}}',
  website: 'Website "{{name}}"',
  notNamed: 'No change needed here',
  resubmit: 'Resubmit',
};
