// Calls to the simulated outside systems (/api/simulator): what each has seen, newest first, and the bureau's decision.
import {
  type BureauDecisionBody,
  BureauSubmissionListSchema,
  BureauSubmissionSchema,
  SimShipmentListSchema,
  SimSmsOutboxSchema,
} from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

/** Enough to find the text just sent; older rows stay in the simulator's tables. */
export const SIMULATOR_LIMIT = 50;

const list = `?limit=${SIMULATOR_LIMIT}`;

export const getSmsOutbox = (signal?: AbortSignal) =>
  apiClient.get(`/api/simulator/sms-outbox${list}`, { schema: SimSmsOutboxSchema, signal });

export const getBureauSubmissions = (signal?: AbortSignal) =>
  apiClient.get(`/api/simulator/bureau-submissions${list}`, { schema: BureauSubmissionListSchema, signal });

export const getShipments = (signal?: AbortSignal) =>
  apiClient.get(`/api/simulator/shipments${list}`, { schema: SimShipmentListSchema, signal });

export const decideSubmission = (id: string, body: BureauDecisionBody) =>
  apiClient.post(`/api/simulator/bureau-submissions/${encodeURIComponent(id)}/decision`, {
    body,
    schema: BureauSubmissionSchema,
  });
