// POST /api/filings/:id/withdraw: back from initial review to DRAFT, refused (409) once a reviewer holds the filing.
import { FilingDetailSchema } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

export const withdrawFiling = (id: string, version: number) =>
  apiClient.post(`/api/filings/${encodeURIComponent(id)}/withdraw`, {
    body: { version },
    schema: FilingDetailSchema,
  });
