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
  notFound: 'No filing has the order number {{orderNo}}. Check the number with the applicant.',
  status: 'Current status',
};
