// Words any thrown error for the reader: the API's code through errors.<CODE>, the server's detail when no
// translation exists, and how long to wait when the server said so.
import { i18n } from '../i18n/i18n.ts';
import { ApiError } from './api-error.ts';

/** "30 秒" / "2 minutes": whole minutes once the wait is a minute or more, rounded up so nobody retries too early. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return i18n.t('auth.wait.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return i18n.t('auth.wait.minutes', { count: Math.ceil(seconds / 60) });
}

export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('errors.UNKNOWN');
  const key = `errors.${error.code}`;
  if (!i18n.exists(key)) return error.detail || i18n.t('errors.UNKNOWN');
  // The key was just checked to exist; the typed t() cannot know a key built at run time.
  return String(i18n.t(key as 'errors.UNKNOWN'));
}
