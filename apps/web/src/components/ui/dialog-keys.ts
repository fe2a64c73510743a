// The keys every modal dialog answers: Escape closes it, and Tab and Shift+Tab go round its controls without leaving it.

const FOCUSABLE = 'button, input, select, textarea, a[href]';

/** The dialog's enabled controls in document order (disabled ones filtered after the query, which keeps the order). */
const focusableIn = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.matches(':disabled'));

/** Handles Escape (calls `onEscape`) and keeps Tab inside `dialog`; other keys pass. */
export function onDialogKeyDown(event: React.KeyboardEvent, dialog: HTMLElement | null, onEscape: () => void): void {
  if (event.key === 'Escape') {
    event.stopPropagation();
    onEscape();
    return;
  }
  if (event.key !== 'Tab' || !dialog) return;
  const focusable = focusableIn(dialog);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
