// GET /api/filings/:id/photo: step 4 as the API opens it once the initial review has approved the filing.
import { PhotoStepSchema } from '@beian/contracts';
import { apiClient } from '../../../../lib/api-client.ts';

export const getPhotoStep = (id: string, signal?: AbortSignal) =>
  apiClient.get(`/api/filings/${encodeURIComponent(id)}/photo`, { schema: PhotoStepSchema, signal });
