// The materials step's endpoints (list, upload with progress, delete), the verification sheet and submission,
// typed by the shared contracts.
import {
  AGREEMENT_VERSIONS,
  type MaterialItem,
  MaterialListSchema,
  MaterialSchema,
  type SubmitBody,
  SubmitResponseSchema,
} from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';
import { uploadWithProgress } from '../../../lib/upload-with-progress.ts';

const filingPath = (id: string, rest = '') => `/api/filings/${encodeURIComponent(id)}${rest}`;

/** The slot an upload goes to: the kind, and the website and approval category where the item names them. */
export type MaterialSlot = Pick<MaterialItem, 'kind' | 'websiteFilingNo' | 'category'>;

export const materialContentUrl = (materialId: string) => `/api/materials/${encodeURIComponent(materialId)}/content`;
export const verificationSheetUrl = (id: string) => filingPath(id, '/verification-sheet.pdf');

export const getMaterials = (id: string, signal?: AbortSignal) =>
  apiClient.get(filingPath(id, '/materials'), { schema: MaterialListSchema, signal });

/** The text fields go first, then the file: the server reads the slot before it streams the bytes. */
export function uploadMaterial(
  id: string,
  slot: MaterialSlot,
  file: File,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
) {
  const body = new FormData();
  body.append('kind', slot.kind);
  if (slot.websiteFilingNo) body.append('websiteFilingNo', slot.websiteFilingNo);
  if (slot.category) body.append('category', slot.category);
  body.append('file', file, file.name);
  return uploadWithProgress(filingPath(id, '/materials'), { body, schema: MaterialSchema, ...options });
}

export const deleteMaterial = (id: string, materialId: string) =>
  apiClient.delete(filingPath(id, `/materials/${encodeURIComponent(materialId)}`));

export function submitFiling(id: string, version: number) {
  const body: SubmitBody = {
    version,
    agreement: { termsVersion: AGREEMENT_VERSIONS.terms, privacyVersion: AGREEMENT_VERSIONS.privacy, accepted: true },
  };
  return apiClient.post(filingPath(id, '/submit'), { body, schema: SubmitResponseSchema });
}
