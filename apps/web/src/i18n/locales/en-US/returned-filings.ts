// English: the filings whose MIIT SMS check failed (returned to the provider) and their resubmission to the bureau.
import type { Messages } from '../zh-CN/index.ts';

export const returnedFilings: Messages['returnedFilings'] = {
  nav: 'Failed SMS checks',
  title: 'Filings whose SMS check failed',
  intro:
    'Filings whose principals did not complete the MIIT SMS check within 24 hours, or entered a wrong code more than 5 times, oldest failure first. Contact the principals, then resubmit the filing to the bureau: MIIT texts new codes.',
  loading: 'Loading the filings whose SMS check failed…',
  loadFailed: 'The filings whose SMS check failed could not be loaded',
  empty: {
    title: 'No failed SMS checks',
    body: 'Every filing sent to the bureau is in its SMS check, in the bureau’s review or done. Filings whose principals do not complete the check in time appear here.',
  },
  caption_one:
    'Filings whose SMS check failed, to resubmit to the bureau ({{count}} filing, oldest failure first, Beijing time)',
  caption_other:
    'Filings whose SMS check failed, to resubmit to the bureau ({{count}} filings, oldest failure first, Beijing time)',
  columns: {
    orderNo: 'Order number',
    province: 'Province',
    subject: 'Subject name',
    domain: 'Domain',
    round: 'Round',
    failure: 'Why it failed',
    failedAt: 'Failed at',
    action: 'Action',
  },
  noSubject: 'Not given',
  round: 'Round {{round}}',
  failure: {
    DEADLINE: 'Not completed within 24 hours',
    WRONG_CODES: 'Wrong code entered more than 5 times',
    unknown: 'Reason not recorded',
  },
  forOrder: ' (order {{orderNo}})',
  resubmit: {
    action: 'Resubmit to the bureau',
    title: 'Resubmit to the bureau: order {{orderNo}}',
    body: 'MIIT will text the principals new codes, to be confirmed within 24 hours. Say what you agreed with the principals: the reason is kept in the filing’s history.',
    reason: 'Reason for resubmitting',
    reasonHint: 'At most {{max}} characters.',
    presets: 'Common reasons (click to fill in)',
    preset: {
      called: 'Phoned the principal, who confirmed they can complete the check within 24 hours',
      noText: 'The principal had not received the text; confirmed their phone now receives texts',
      howTo: 'Explained to the principal that the code and the last 6 characters of the ID go on the MIIT page',
    },
    submit: 'Resubmit',
    submitting: 'Resubmitting…',
    cancel: 'Cancel',
    done: 'Order {{orderNo}} was resubmitted to the bureau (round {{round}}); MIIT texts the principals new codes.',
    failed: 'Order {{orderNo}} could not be resubmitted',
    stale:
      'Someone else has updated this filing (perhaps another reviewer resubmitted it). Reload the list and try again.',
    illegal: 'This filing’s SMS check is no longer failed: another reviewer may have resubmitted it. Reload the list.',
    reload: 'Reload the list',
  },
};
