// The reader's words for codes from the API and @beian/domain (check names, reasons, statuses …). A code this build
// does not know yet is shown as it is, so a newer API never leaves a blank.
import { i18n } from '../i18n/i18n.ts';

/** Looks a code up under a namespace; the typed t() cannot know keys built at run time, hence the cast. */
export function lookup(namespace: string, code: string): string {
  const key = `${namespace}.${code}`;
  return i18n.exists(key) ? String(i18n.t(key as 'checks.CERT_TYPE')) : code;
}

export const checkName = (name: string) => lookup('checks', name);
export const reasonText = (reason: string) => lookup('reasons', reason);
