// The stepper links the photo step only once the initial review has approved the filing, and ticks it off once the
// photo is in; the progress step is a link once the filing was submitted. A step not open yet says when it opens,
// never "coming soon", and is not a link the API would refuse.
import type { FilingDetail } from '@beian/contracts';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FILING_ID, filingDetail } from '../../../test/filing-fixtures.ts';
import { WIZARD_STEPS, type WizardStep, WizardStepper } from './wizard-stepper.tsx';

const PHOTO = `/console/filings/${FILING_ID}/photo`;
const PROGRESS = `/console/filings/${FILING_ID}/progress`;

function renderStepper(status: FilingDetail['status'] | null, current: WizardStep = 'review') {
  render(
    <MemoryRouter>
      <WizardStepper current={current} filing={status ? filingDetail({ status }) : undefined} />
    </MemoryRouter>,
  );
  return screen.getByRole('navigation', { name: '备案步骤' });
}

function item(status: FilingDetail['status'] | null, label: string, current: WizardStep = 'review') {
  return within(renderStepper(status, current)).getByText(label).closest('li') as HTMLElement;
}

describe('the photo step in the stepper', () => {
  it.each(['DRAFT', 'INITIAL_REVIEW', 'INITIAL_REJECTED'] as const)(
    'says when it opens, not a link, while %s',
    (status) => {
      const photo = item(status, '办理拍照');
      expect(within(photo).queryByRole('link')).not.toBeInTheDocument();
      expect(photo).toHaveTextContent('初审通过后办理');
    },
  );

  it.each(['PHOTO_PENDING', 'PHOTO_REJECTED'] as const)('is a link to do while %s', (status) => {
    const photo = item(status, '办理拍照');
    expect(within(photo).getByRole('link', { name: /办理拍照/ })).toHaveAttribute('href', PHOTO);
    expect(photo).toHaveTextContent('待完成');
  });

  it.each(['SECOND_REVIEW', 'BUREAU_REVIEW', 'COMPLETED'] as const)('is a done link once %s', (status) => {
    const photo = item(status, '办理拍照');
    expect(within(photo).getByRole('link', { name: /办理拍照/ })).toHaveAttribute('href', PHOTO);
    expect(photo).toHaveTextContent('已完成');
  });
});

describe('the progress step in the stepper', () => {
  it('says it opens once submitted while the filing is a draft', () => {
    const progress = item('DRAFT', '审核进度');
    expect(within(progress).queryByRole('link')).not.toBeInTheDocument();
    expect(progress).toHaveTextContent('提交审核后查看');
  });

  it.each(['INITIAL_REVIEW', 'INITIAL_REJECTED', 'BUREAU_SMS', 'SMS_FAILED', 'BUREAU_REJECTED'] as const)(
    'is a link to do once %s',
    (status) => {
      const progress = item(status, '审核进度');
      expect(within(progress).getByRole('link', { name: /审核进度/ })).toHaveAttribute('href', PROGRESS);
      expect(progress).toHaveTextContent('待完成');
    },
  );

  it('is a done link once the filing is complete', () => {
    const progress = item('COMPLETED', '审核进度');
    expect(within(progress).getByRole('link', { name: /审核进度/ })).toHaveAttribute('href', PROGRESS);
    expect(progress).toHaveTextContent('已完成');
  });

  it('is the current step, not a link, on its own page', () => {
    const progress = item('BUREAU_SMS', '审核进度', 'progress');
    expect(within(progress).queryByRole('link')).not.toBeInTheDocument();
    expect(within(progress).getByText('当前步骤').closest('[aria-current="step"]')).not.toBeNull();
  });
});

describe('a step not open yet', () => {
  it('never says "coming soon": before the filing exists each step says when it opens', () => {
    const steps = renderStepper(null, 'verify');
    expect(steps).not.toHaveTextContent('即将开放');
    expect(within(steps).getAllByRole('listitem')).toHaveLength(WIZARD_STEPS.length);
    for (const [label, opens] of [
      ['填写主体信息', '验证通过后填写'],
      ['上传材料', '验证通过后上传'],
      ['办理拍照', '初审通过后办理'],
      ['审核进度', '提交审核后查看'],
    ] as const) {
      const step = within(steps).getByText(label).closest('li') as HTMLElement;
      expect(step).toHaveTextContent(opens);
      expect(within(step).queryByRole('link')).not.toBeInTheDocument();
    }
  });
});
