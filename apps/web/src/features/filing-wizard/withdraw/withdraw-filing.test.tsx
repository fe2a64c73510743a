// "撤销提交": confirmed, sent with the version, the filing a draft again; a reviewer's claim (409) is explained.
import type { FilingDetail } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { materialList, PERSONAL_GD } from '../../../test/material-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
const inReview = filingDetail({ status: 'INITIAL_REVIEW', nextAction: 'WAIT_FOR_REVIEW', version: 7 });
const { verify: _v, subject: _s, websites: _w, steps: _st, ...summary } = inReview;

function api(answer: () => Response) {
  let filing: FilingDetail = inReview;
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    'GET /api/filings': () => json(200, { filings: [{ ...summary, status: filing.status }] }),
    [`GET ${FILING}`]: () => json(200, filing),
    [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
    [`POST ${FILING}/withdraw`]: () => {
      const response = answer();
      if (response.ok) filing = { ...inReview, status: 'DRAFT', nextAction: 'UPLOAD_MATERIALS', version: 8 };
      return response;
    },
  });
}

describe('withdrawing a submission', () => {
  it('asks, sends the version, and leaves the filing a draft that can be submitted again', async () => {
    const draft = { ...inReview, status: 'DRAFT' as const, nextAction: 'UPLOAD_MATERIALS' as const, version: 8 };
    const server = api(() => json(200, draft));
    const { user } = renderApp(`/console/filings/${FILING_ID}/review`);
    await user.click(await screen.findByRole('button', { name: '撤销提交' }));
    const dialog = screen.getByRole('alertdialog', { name: /撤销订单 BA2026112900007 的提交/ });
    await user.click(within(dialog).getByRole('button', { name: '确认撤销' }));

    expect(await screen.findByRole('button', { name: '提交初审' })).toBeVisible();
    expect(server.to(`POST ${FILING}/withdraw`)[0]?.body).toEqual({ version: 7 });
    expect(screen.queryByRole('button', { name: '撤销提交' })).not.toBeInTheDocument();
  });

  it('explains a 409 when a reviewer has already taken the filing', async () => {
    api(() => problem(409, 'WITHDRAW_CLAIMED'));
    const { user } = renderApp('/console');
    const table = await screen.findByRole('table', { name: '备案订单列表' });
    await user.click(within(table).getByRole('button', { name: '撤销提交' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确认撤销' }));
    expect(await screen.findByText('撤销失败：审核员正在审核该订单，现在无法撤回。')).toBeVisible();
  });
});
