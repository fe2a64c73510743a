// The phone page's calls: no sign-in, the link's token in every body (never in an address), CSRF as on any page.
import {
  AppCheckOpenedSchema,
  type AppCheckSubmitted,
  AppCheckSubmittedSchema,
  AppCheckVerifiedSchema,
} from '@beian/contracts';
import { apiClient } from '../../lib/api-client.ts';
import { uploadWithProgress } from '../../lib/upload-with-progress.ts';

export const openAppCheck = (token: string, signal?: AbortSignal) =>
  apiClient.post('/api/app-check/open', { body: { token }, schema: AppCheckOpenedSchema, signal });

export const verifyCertEnding = (token: string, certEnding: string) =>
  apiClient.post('/api/app-check/verify', { body: { token, certEnding }, schema: AppCheckVerifiedSchema });

/** The fields first, then the photo: the API reads them in that order. */
export function submitAppCheckPhoto(
  input: { token: string; certEnding: string; photo: Blob },
  onProgress?: (fraction: number) => void,
): Promise<AppCheckSubmitted> {
  const body = new FormData();
  body.append('token', input.token);
  body.append('certEnding', input.certEnding);
  body.append('file', input.photo, 'app-check.jpg');
  return uploadWithProgress('/api/app-check/photo', { body, schema: AppCheckSubmittedSchema, onProgress });
}
