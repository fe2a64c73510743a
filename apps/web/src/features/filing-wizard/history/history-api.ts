// GET /api/filings/:id/history: the filing's review rounds and status changes, oldest first.
import { FilingHistorySchema } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

export const getFilingHistory = (id: string, signal?: AbortSignal) =>
  apiClient.get(`/api/filings/${encodeURIComponent(id)}/history`, { schema: FilingHistorySchema, signal });
