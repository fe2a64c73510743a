// Multipart uploads with progress: XMLHttpRequest, because fetch reports no upload progress. Same CSRF header,
// language and problem+json errors as the API client, and the same single retry with a fresh token.
import type { z } from 'zod';
import { currentLocale } from '../i18n/i18n.ts';
import { getCsrfToken, resetCsrfToken, toApiError } from './api-client.ts';
import { ApiError, syntheticProblem } from './api-error.ts';

export type UploadOptions<T> = {
  body: FormData;
  schema: z.ZodType<T>;
  /** The share of the request body sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

function send(path: string, options: UploadOptions<unknown>, token: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', currentLocale());
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const body = xhr.status === 204 ? null : xhr.responseText;
      resolve(new Response(body, { status: xhr.status, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
    });
    xhr.addEventListener('error', () => reject(new ApiError(syntheticProblem(0, 'Network error'))));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
    if (options.signal?.aborted) return xhr.abort();
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(options.body);
  });
}

/** POSTs `body` to `path` and parses the answer with `schema`; a failure is an ApiError as from the API client. */
export async function uploadWithProgress<T>(path: string, options: UploadOptions<T>): Promise<T> {
  let response = await send(path, options, await getCsrfToken());
  if (!response.ok) {
    const error = await toApiError(response);
    // A token can expire with its session; fetch a fresh one and try exactly once more.
    if (error.code !== 'CSRF_INVALID') throw error;
    resetCsrfToken();
    options.onProgress?.(0);
    response = await send(path, options, await getCsrfToken());
    if (!response.ok) throw await toApiError(response);
  }
  return options.schema.parse(await response.json());
}
