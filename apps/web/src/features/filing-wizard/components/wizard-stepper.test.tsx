// The stepper links the photo step only once the initial review has approved the filing, and ticks it off once the
// photo is in; before that it is shown as coming, not as a link the API would refuse.
import type { FilingDetail } from '@beian/contracts';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FILING_ID, filingDetail } from '../../../test/filing-fixtures.ts';
import { WizardStepper } from './wizard-stepper.tsx';

const PHOTO = `/console/filings/${FILING_ID}/photo`;

function photoItem(status: FilingDetail['status']) {
  render(
    <MemoryRouter>
      <WizardStepper current="review" filing={filingDetail({ status })} />
    </MemoryRouter>,
  );
  const steps = screen.getByRole('navigation', { name: '备案步骤' });
  return within(steps).getByText('办理拍照').closest('li') as HTMLElement;
}

describe('the photo step in the stepper', () => {
  it.each(['DRAFT', 'INITIAL_REVIEW', 'INITIAL_REJECTED'] as const)('is coming, not a link, while %s', (status) => {
    const item = photoItem(status);
    expect(within(item).queryByRole('link')).not.toBeInTheDocument();
    expect(item).toHaveTextContent('即将开放');
  });

  it.each(['PHOTO_PENDING', 'PHOTO_REJECTED'] as const)('is a link to do while %s', (status) => {
    const item = photoItem(status);
    expect(within(item).getByRole('link', { name: /办理拍照/ })).toHaveAttribute('href', PHOTO);
    expect(item).toHaveTextContent('待完成');
  });

  it.each(['SECOND_REVIEW', 'BUREAU_REVIEW', 'COMPLETED'] as const)('is a done link once %s', (status) => {
    const item = photoItem(status);
    expect(within(item).getByRole('link', { name: /办理拍照/ })).toHaveAttribute('href', PHOTO);
    expect(item).toHaveTextContent('已完成');
  });

  it('keeps the progress step as coming', () => {
    photoItem('COMPLETED');
    const progress = within(screen.getByRole('navigation', { name: '备案步骤' }))
      .getAllByRole('listitem')
      .at(-1) as HTMLElement;
    expect(within(progress).queryByRole('link')).not.toBeInTheDocument();
  });
});
