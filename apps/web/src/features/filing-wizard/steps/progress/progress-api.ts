// The progress step's API: the timeline, the current bureau round (its SMS check), the codes texted again, and the
// filed view of a completed filing.
import { BureauCheckResponseSchema, FiledViewSchema, FilingProgressSchema } from '@beian/contracts';
import { apiClient } from '../../../../lib/api-client.ts';

const base = (id: string) => `/api/filings/${encodeURIComponent(id)}`;

export const getProgress = (id: string, signal?: AbortSignal) =>
  apiClient.get(`${base(id)}/progress`, { schema: FilingProgressSchema, signal });

export const getBureauCheck = (id: string, signal?: AbortSignal) =>
  apiClient.get(`${base(id)}/bureau`, { schema: BureauCheckResponseSchema, signal });

/** MIIT texts the codes again at most once a minute: a 429 carries the wait in Retry-After. */
export const resendBureauCodes = (id: string) => apiClient.post(`${base(id)}/bureau/resend`);

export const getFiledView = (id: string, signal?: AbortSignal) =>
  apiClient.get(`${base(id)}/filed`, { schema: FiledViewSchema, signal });
