// Downloads a file the API generates (a PDF) through fetch, so that a refusal shows as a message on the page
// instead of a broken download; the browser then saves the bytes under the server's file name.
import { currentLocale } from '../i18n/i18n.ts';
import { toApiError } from './api-client.ts';
import { ApiError, syntheticProblem } from './api-error.ts';

function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

/** GETs `path` and hands the answer to the browser as a download named by the server (or `fallback`). */
export async function downloadFile(path: string, fallback: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      headers: { accept: 'application/pdf, application/problem+json', 'accept-language': currentLocale() },
    });
  } catch {
    throw new ApiError(syntheticProblem(0, 'Network error'));
  }
  if (!response.ok) throw await toApiError(response);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response.headers.get('content-disposition'), fallback);
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled; the download keeps its own copy.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
