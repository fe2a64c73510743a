// A filing's next action links into the wizard step that does it (the progress step at the bureau and once filed);
// waiting for a review is words only.
import type { FilingSummary } from '@beian/contracts';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FILING_ID, filingDetail } from '../../test/filing-fixtures.ts';
import { NextActionLink } from './next-action-link.tsx';

const { verify: _v, subject: _s, websites: _w, steps: _st, ...summary } = filingDetail();

const renderFor = (filing: FilingSummary) =>
  render(
    <MemoryRouter>
      <NextActionLink filing={filing} />
    </MemoryRouter>,
  );

describe('NextActionLink', () => {
  it('takes a filing waiting for its photo to the photo step', () => {
    renderFor({ ...summary, status: 'PHOTO_PENDING', nextAction: 'TAKE_PHOTO' });
    expect(screen.getByRole('link', { name: `办理拍照 · ${summary.orderNo}` })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/photo`,
    );
  });

  it('takes a filing whose photo the second review refused to the photo step, worded as a retake', () => {
    renderFor({ ...summary, status: 'PHOTO_REJECTED', nextAction: 'RETAKE_PHOTO' });
    expect(screen.getByRole('link', { name: `重新拍照 · ${summary.orderNo}` })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/photo`,
    );
  });

  it('takes a rejected filing to its entry, which opens the first step a reason names', () => {
    renderFor({ ...summary, status: 'INITIAL_REJECTED', nextAction: 'FIX_REJECTION' });
    expect(screen.getByRole('link', { name: `按驳回意见修改 · ${summary.orderNo}` })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}`,
    );
  });

  it('links nothing while the filing waits for a review', () => {
    renderFor({ ...summary, status: 'SECOND_REVIEW', nextAction: 'WAIT_FOR_REVIEW' });
    expect(screen.getByText('等待审核')).not.toHaveAttribute('href');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it.each([
    ['BUREAU_SMS', 'CONFIRM_MIIT_SMS', '完成工信部短信核验'],
    ['BUREAU_REVIEW', 'WAIT_FOR_BUREAU', '等待管局审核'],
    ['COMPLETED', 'VIEW_FILED', '查看备案信息'],
    ['SMS_FAILED', 'WAIT_FOR_REVIEW', '等待审核'],
  ] as const)('takes a %s filing (%s) to the progress step', (status, nextAction, label) => {
    renderFor({ ...summary, status, nextAction });
    expect(screen.getByRole('link', { name: `${label} · ${summary.orderNo}` })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/progress`,
    );
  });
});
