// Words a failed sign-in: wrong credentials plainly, too many attempts with how long to wait.
import { i18n } from '../../../i18n/i18n.ts';
import { isApiError } from '../../../lib/api-error.ts';
import { errorMessage, formatWait } from '../../../lib/error-message.ts';

export function signInFailureMessage(error: unknown): string {
  if (isApiError(error, 'RATE_LIMITED') && error.retryAfterSeconds !== undefined) {
    return i18n.t('auth.rateLimited', { wait: formatWait(error.retryAfterSeconds) });
  }
  return errorMessage(error);
}
