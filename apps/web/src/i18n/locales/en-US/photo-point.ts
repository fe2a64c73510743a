// English: the photo-point operator's order search.
import type { Messages } from '../zh-CN/index.ts';

export const photoPoint: Messages['photoPoint'] = {
  nav: { search: 'Find an order' },
  title: 'Photo point desk',
  intro:
    'When an applicant arrives, find the filing by the order number they give you, check their ID, then take and upload the verification photo.',
  searchHeading: 'Find by order number',
  orderNo: 'Filing order number',
  orderNoHint: 'For example BA2026112900001',
  search: 'Find',
  searching: 'Searching…',
  resultHeading: 'Result',
  notFound:
    'No filing with order number {{orderNo}} is waiting for its photo: either the number is unknown or the filing is not at the photo stage. Check the number and the filing’s progress with the applicant.',
  province: 'Province',
  status: 'Current status',
};
