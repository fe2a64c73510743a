// The simulated phone of the filing's own numbers (only while the SMS gateway is simulated).
import { SimulatedPhoneSchema } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

export const getSimulatedPhone = (filingId: string, signal?: AbortSignal) =>
  apiClient.get(`/api/filings/${encodeURIComponent(filingId)}/simulated-phone`, {
    schema: SimulatedPhoneSchema,
    signal,
  });
