// A modal question with a confirm and a cancel button: focus starts on cancel (the safe choice) or on the field the
// question asks for, Escape cancels, Tab stays inside, and focus returns to whatever opened it.
import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { Button } from './button.tsx';
import { onDialogKeyDown } from './dialog-keys.ts';

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** A field inside the dialog to start on instead of cancel, e.g. the reason a rejection needs. */
  initialFocus?: RefObject<HTMLElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy,
  initialFocus,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initialFocus?.current ?? cancel.current)?.focus();
    return () => opener?.focus();
  }, [initialFocus]);

  // Escape cancels; Tab stays inside the dialog while it is open.
  const onKeyDown = (event: React.KeyboardEvent) => onDialogKeyDown(event, dialog.current, onCancel);

  return (
    // The backdrop only dims the page; Escape and the cancel button close the dialog.
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 className="dialog__title" id={`${id}-title`}>
          {title}
        </h2>
        <div className="dialog__body" id={`${id}-body`}>
          {children}
        </div>
        <div className="dialog__actions">
          <Button ref={cancel} variant="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button variant="danger" busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </div>
  );
}
