import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog.tsx';

function WithReason({ onCancel }: { onCancel: () => void }) {
  const reason = useRef<HTMLTextAreaElement>(null);
  return (
    <ConfirmDialog
      title="驳回订单？"
      confirmLabel="确认驳回"
      cancelLabel="取消"
      initialFocus={reason}
      onConfirm={() => undefined}
      onCancel={onCancel}
    >
      <label>
        理由
        <textarea ref={reason} />
      </label>
      <button type="button" disabled>
        不可用
      </button>
    </ConfirmDialog>
  );
}

describe('ConfirmDialog', () => {
  it('keeps Tab and Shift+Tab inside in document order, skipping disabled controls, and cancels on Escape', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<WithReason onCancel={onCancel} />);
    const reason = screen.getByRole('textbox', { name: '理由' });
    expect(reason).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: '取消' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: '确认驳回' })).toHaveFocus();
    // From the last control Tab goes round to the first (the textarea, before the disabled button), and back.
    await user.tab();
    expect(reason).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: '确认驳回' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
