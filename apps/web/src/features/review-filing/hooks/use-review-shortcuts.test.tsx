// The review page's keys act on the page, never while the reviewer is typing a reason or holding a modifier.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type ReviewShortcuts, useReviewShortcuts } from './use-review-shortcuts.ts';

function Harness({ actions, enabled = true }: { actions: ReviewShortcuts; enabled?: boolean }) {
  useReviewShortcuts(actions, enabled);
  return (
    <>
      <button type="button">elsewhere</button>
      <label>
        message
        <textarea />
      </label>
      <label>
        field
        <select>
          <option>one</option>
        </select>
      </label>
    </>
  );
}

const spies = () => ({ next: vi.fn(), previous: vi.fn(), approve: vi.fn(), reject: vi.fn() });

describe('review shortcuts', () => {
  it('moves between materials with J/K and the arrow keys, approves with A and rejects with R', async () => {
    const actions = spies();
    const user = userEvent.setup();
    render(<Harness actions={actions} />);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));

    await user.keyboard('j{ArrowRight}K{ArrowLeft}ar');

    expect(actions.next).toHaveBeenCalledTimes(2);
    expect(actions.previous).toHaveBeenCalledTimes(2);
    expect(actions.approve).toHaveBeenCalledTimes(1);
    expect(actions.reject).toHaveBeenCalledTimes(1);
  });

  it('ignores the keys while typing in a field, with a modifier, or when switched off', async () => {
    const actions = spies();
    const user = userEvent.setup();
    const { rerender } = render(<Harness actions={actions} />);

    await user.type(screen.getByLabelText('message'), 'jar');
    await user.click(screen.getByLabelText('field'));
    await user.keyboard('{ArrowRight}a');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    await user.keyboard('{Control>}r{/Control}');
    rerender(<Harness actions={actions} enabled={false} />);
    await user.keyboard('a');

    expect(screen.getByLabelText('message')).toHaveValue('jar');
    for (const spy of Object.values(actions)) expect(spy).not.toHaveBeenCalled();
  });
});
