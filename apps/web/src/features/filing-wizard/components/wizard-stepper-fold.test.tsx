// On a phone the stepper folds to "第 N 步，共 7 步" and the current step, with a disclosure button that lists every
// step with its state and links; Escape closes the list and gives focus back to the button. Wide screens keep the
// full row of steps.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FILING_ID, filingDetail } from '../../../test/filing-fixtures.ts';
import { stubScreenWidth } from '../../../test/screen-width.ts';
import { WizardStepper } from './wizard-stepper.tsx';

function renderStepper() {
  render(
    <MemoryRouter>
      <WizardStepper current="websites" filing={filingDetail({ status: 'DRAFT' })} />
    </MemoryRouter>,
  );
  return screen.getByRole('navigation', { name: '备案步骤' });
}

describe('the stepper on a phone', () => {
  it('says which step of how many and its name, with the list folded behind a button', () => {
    stubScreenWidth(390);
    const nav = renderStepper();
    expect(within(nav).getByText('第 3 步，共 7 步').closest('p')).toHaveTextContent('第 3 步，共 7 步确认网站信息');
    const toggle = within(nav).getByRole('button', { name: '全部步骤' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('list')).not.toBeInTheDocument();
  });

  it('opens the list with its states and links from the keyboard, and Escape closes it onto the button', async () => {
    stubScreenWidth(390);
    const user = userEvent.setup();
    const nav = renderStepper();
    const toggle = within(nav).getByRole('button', { name: '全部步骤' });
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = within(nav).getByRole('list');
    expect(toggle).toHaveAttribute('aria-controls', list.id);
    expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    expect(within(list).getByRole('link', { name: /填写主体信息/ })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/subject`,
    );
    expect(within(list).getByText('办理拍照').closest('li')).toHaveTextContent('初审通过后办理');

    await user.tab();
    expect(within(list).getAllByRole('link')[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(within(nav).queryByRole('list')).not.toBeInTheDocument();
  });
});

describe('the stepper on a wide screen', () => {
  it('shows every step with no button to open them', () => {
    stubScreenWidth(1280);
    const nav = renderStepper();
    expect(within(nav).queryByRole('button')).not.toBeInTheDocument();
    expect(within(within(nav).getByRole('list')).getAllByRole('listitem')).toHaveLength(7);
  });
});
