// The console's side of the app check: a new link for the principal's phone.
import { AppCheckLinkSchema } from '@beian/contracts';
import { apiClient } from '../../../../../lib/api-client.ts';

export const createAppCheckLink = (filingId: string) =>
  apiClient.post(`/api/filings/${encodeURIComponent(filingId)}/photo/app-check-link`, { schema: AppCheckLinkSchema });
