// What still stands between the applicant and a step's "next": each thing named for a person, and the control that
// does it, found in the step by its form name, its data-field or its id, so the footer can take the focus there.

export type MissingField = {
  key: string;
  label: string;
  /** The control's name (react-hook-form's path), its data-field, or an element id; none for a note only. */
  field?: string;
};

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Focuses (and scrolls to) the control of `field` inside `root`; a group takes its chosen or first usable input. */
export function focusField(root: ParentNode, field: string): boolean {
  const target = root.querySelector<HTMLElement>(`[name="${field}"], [data-field="${field}"], [id="${field}"]`);
  if (!target) return false;
  const focusable =
    target.matches('input, select, textarea, button') || target.tabIndex >= 0 || target.hasAttribute('tabindex')
      ? target
      : (target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>(FOCUSABLE) ?? target);
  focusable.scrollIntoView?.({ block: 'center' });
  focusable.focus();
  return document.activeElement === focusable;
}
