// Keeps what was typed into the verify form for this tab (back, forward, reload) until a filing is created:
// before that there is nothing on the server to autosave into.
import { EMPTY_VERIFY_FORM, type VerifyFormValues } from './verify-schema.ts';

const KEY = 'beian.verify-draft';

export function readVerifyDraft(): VerifyFormValues {
  try {
    const stored = window.sessionStorage.getItem(KEY);
    return stored ? { ...EMPTY_VERIFY_FORM, ...(JSON.parse(stored) as Partial<VerifyFormValues>) } : EMPTY_VERIFY_FORM;
  } catch {
    // Unreadable or blocked storage only means an empty form.
    return EMPTY_VERIFY_FORM;
  }
}

export function storeVerifyDraft(values: VerifyFormValues): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(values));
  } catch {
    // Not being able to keep the draft must not stop typing.
  }
}

export function clearVerifyDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // As above.
  }
}
