// Sends a prepared photo to one of the photo routes: the text fields first, then the JPEG as `file`, as the API
// reads them; answers with the filing now in the second review.
import { type SubmittedPhoto, SubmittedPhotoSchema } from '@beian/contracts';
import { uploadWithProgress } from '../../lib/upload-with-progress.ts';
import type { PreparedPhoto } from './prepare-photo.ts';

export function uploadPhoto(
  path: string,
  fields: Record<string, string>,
  photo: Pick<PreparedPhoto, 'blob'>,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<SubmittedPhoto> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append('file', photo.blob, 'photo.jpg');
  return uploadWithProgress(path, { body, schema: SubmittedPhotoSchema, ...options });
}
