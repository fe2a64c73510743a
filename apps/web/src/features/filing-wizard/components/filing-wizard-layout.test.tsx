// The wizard frame: the stepper ticks off the materials by the server's own count; a filing that can no longer change
// says why (an expired one read-only, and how to start again; an abandoned one names its status).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { material, materialList, PERSONAL_GD } from '../../../test/material-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;

function api(status: 'EXPIRED' | 'ABANDONED') {
  const filing = filingDetail({ status, nextAction: 'NONE' });
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, filing),
    [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
  });
}

describe('a filing that can no longer change', () => {
  it('opens an expired filing read-only, saying it expired after 45 idle days and how to start again', async () => {
    api('EXPIRED');
    renderApp(`/console/filings/${FILING_ID}`);

    expect(
      await screen.findByText(
        '该订单已连续 45 天未操作，已自动过期。已填写的信息仍会保留，但不能再修改或提交；如需备案，可以重新开始一个新的备案。',
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: '重新开始备案' })).toHaveAttribute('href', '/console/filings/new');
    expect(screen.getByText(/已过期/, { selector: '.page-header *' })).toBeVisible();
    expect(screen.queryByRole('button', { name: '放弃订单' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交初审' })).not.toBeInTheDocument();
  });

  it('names the status of an abandoned filing', async () => {
    api('ABANDONED');
    renderApp(`/console/filings/${FILING_ID}`);

    expect(await screen.findByText('订单当前状态为“已放弃”，信息不能修改。')).toBeVisible();
    expect(screen.queryByRole('link', { name: '重新开始备案' })).not.toBeInTheDocument();
  });
});

describe('the stepper of a draft', () => {
  const stepState = (label: string) =>
    within(screen.getByRole('navigation', { name: '备案步骤' }))
      .getByText(label)
      .closest('li') as HTMLElement;

  it('ticks the materials off once the server counts every required one provided, before submitting', async () => {
    const all = materialList(PERSONAL_GD, {
      'SUBJECT_PRINCIPAL_ID_COMBINED||': material('SUBJECT_PRINCIPAL_ID_COMBINED'),
      'VERIFICATION_SHEET||': material('VERIFICATION_SHEET'),
      'HANDHELD_CERT_PHOTO||': material('HANDHELD_CERT_PHOTO'),
    });
    expect(all.missing).toBe(0);
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () => json(200, filingDetail({ steps: { verify: true, subject: true, websites: true } })),
      [`GET ${FILING}/materials`]: () => json(200, all),
    });
    renderApp(`/console/filings/${FILING_ID}/review`);

    await screen.findByText('确认网站信息');
    await expect.poll(() => stepState('上传材料').textContent).toContain('已完成');
    expect(stepState('提交审核')).toHaveTextContent('当前步骤');
  });

  it('keeps the materials to do while one is missing', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () => json(200, filingDetail({ steps: { verify: true, subject: true, websites: true } })),
      [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
    });
    renderApp(`/console/filings/${FILING_ID}/review`);
    await screen.findAllByText(/还差 \d+ 项|必需材料/);
    expect(stepState('上传材料')).toHaveTextContent('待完成');
  });
});
