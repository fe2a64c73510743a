// Files the API serves as attachments (the verification sheet, uploaded materials) are fetched, never navigated to:
// a refusal shows as a message on the page instead of a broken download, and an upload is shown from a blob: URL
// made from its bytes, so nothing an applicant uploaded is ever rendered as a page of the app's origin.
import { currentLocale } from '../i18n/i18n.ts';
import { toApiError } from './api-client.ts';
import { ApiError, syntheticProblem } from './api-error.ts';

function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

/** GETs `path` as bytes of `type` (the type the app expects, not whatever the answer claims). */
export async function fetchFile(path: string, type: string, signal?: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      headers: { accept: `${type}, application/problem+json`, 'accept-language': currentLocale() },
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(syntheticProblem(0, 'Network error'));
  }
  if (!response.ok) throw await toApiError(response);
  const blob = new Blob([await response.arrayBuffer()], { type });
  return { blob, disposition: response.headers.get('content-disposition') };
}

/** GETs `path` and hands the answer to the browser as a download named by the server (or `fallback`). */
export async function downloadFile(path: string, fallback: string): Promise<void> {
  const { blob, disposition } = await fetchFile(path, 'application/pdf');
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(disposition, fallback);
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled; the download keeps its own copy.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * Opens an upload in a new tab from its bytes. The tab is opened at once, inside the click (a tab opened after the
 * fetch would be taken for a pop-up), and pointed at the blob when it has arrived.
 */
export async function openFileInNewTab(path: string, type: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const { blob } = await fetchFile(path, type);
    const url = URL.createObjectURL(blob);
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
