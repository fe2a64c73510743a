// The reviewer's claim on a filing: renewed through the API client, released with a keepalive request that
// outlives the page (pagehide), using a CSRF token fetched beforehand because nothing can be awaited then, or given
// back on purpose through the API client, which reports a claim that is no longer held (409).
import { ReviewLeaseSchema } from '@beian/contracts';
import { currentLocale } from '../../../i18n/i18n.ts';
import { apiClient } from '../../../lib/api-client.ts';

export const leasePath = (filingId: string) => `/api/review/filings/${filingId}/lease`;

export const renewLease = (filingId: string) => apiClient.post(leasePath(filingId), { schema: ReviewLeaseSchema });

/** The reviewer puts the filing back into the queue; rejects with LEASE_NOT_HELD when the claim lapsed or moved. */
export const returnToQueue = (filingId: string) => apiClient.delete<void>(leasePath(filingId));

/** Fire and forget: a lease that lapsed or was decided on is gone already, and the page is going away. */
export function releaseLease(filingId: string, csrfToken: string | undefined): void {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLocale() };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  fetch(leasePath(filingId), { method: 'DELETE', headers, credentials: 'same-origin', keepalive: true }).catch(
    () => undefined,
  );
}
