// The review page's keys: J/K or →/← for the next and previous material, A to approve, R to reject. Ignored while
// the reviewer types (inputs, selects, text areas, editable text), with a modifier held, or inside a dialog.
import { useEffect, useRef } from 'react';

export type ReviewShortcuts = { next: () => void; previous: () => void; approve: () => void; reject: () => void };

const KEYS: Record<string, keyof ReviewShortcuts> = {
  j: 'next',
  ArrowRight: 'next',
  k: 'previous',
  ArrowLeft: 'previous',
  a: 'approve',
  r: 'reject',
};

/** True while the key goes to something the reviewer types in or a dialog: page shortcuts stay out of its way. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('[role="dialog"], [role="alertdialog"], [role="tablist"]')) return true;
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

export function useReviewShortcuts(actions: ReviewShortcuts, enabled = true): void {
  // The latest actions without re-registering the listener on every render.
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      const action = KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
