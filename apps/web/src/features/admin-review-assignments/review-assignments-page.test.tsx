// The reassignment page as an admin uses it: who holds each waiting filing, choosing a reviewer by their load,
// the confirmation after 改派 and the API's refusal in words.
import type { ReviewerList, ReviewQueueItem } from '@beian/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createQueryClient } from '../../app/query-client.ts';
import { fakeApi, json, problem, type SentRequest } from '../../test/fake-api.ts';
import { queueItem, queueOf } from '../../test/queue-fixtures.ts';
import { ReviewAssignmentsPage } from './review-assignments-page.tsx';

const WANG = '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b01';
const LI = '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b02';
const HELD = '3f1c2b4a-1111-4a2b-8c3d-000000000002';
const QUEUE = '/api/review/queue?stage=INITIAL&limit=100';

const reviewers = (wangClaims: number, liClaims: number): ReviewerList => ({
  reviewers: [
    { id: LI, displayName: '李审核', email: 'li@demo.beian.test', role: 'REVIEWER', activeClaims: liClaims },
    { id: WANG, displayName: '王管理', email: 'wang@demo.beian.test', role: 'ADMIN', activeClaims: wangClaims },
  ],
});

const free = queueItem({ orderNo: 'BA2026112900001', province: '44' });
const held = (by: { id: string; displayName: string }): ReviewQueueItem =>
  queueItem({
    id: HELD,
    orderNo: 'BA2026112900002',
    province: '36',
    slaDueAt: '2026-11-29T09:30:00.000Z',
    overdue: true,
    claimedBy: by,
    claimExpiresAt: '2026-11-30T06:20:00.000Z',
  });

/** The admin's API: the queue and the reviewers as they are before and after one reassignment. */
function adminApi(assign: (request: SentRequest) => Response) {
  let assigned = false;
  const api = fakeApi({
    [`GET ${QUEUE}`]: () =>
      json(
        200,
        queueOf([held(assigned ? { id: LI, displayName: '李审核' } : { id: WANG, displayName: '王管理' }), free]),
      ),
    'GET /api/review/reviewers': () => json(200, assigned ? reviewers(0, 1) : reviewers(1, 0)),
    [`POST /api/review/filings/${HELD}/assign`]: (request) => {
      const answer = assign(request);
      assigned = answer.ok;
      return answer;
    },
  });
  return api;
}

function renderPage() {
  const user = userEvent.setup();
  render(
    <Providers queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={['/admin/review-assignments']}>
        <ReviewAssignmentsPage />
      </MemoryRouter>
    </Providers>,
  );
  return { user };
}

const queueRow = async (orderNo: string) =>
  (await screen.findByRole('rowheader', { name: orderNo })).closest('tr') as HTMLElement;

describe('review assignments page', () => {
  it('lists the waiting filings with province, time left and holder, and the reviewers with their load', async () => {
    adminApi(() => problem(500, 'INTERNAL'));
    renderPage();

    const table = await screen.findByRole('table', { name: '待初审的订单（按截止时间排列，已超时的在前）' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['订单号', '省份', '剩余时间（截止时间为北京时间）', '领取人', '改派']);
    const heldRow = await queueRow('BA2026112900002');
    expect(heldRow).toHaveTextContent('江西');
    expect(heldRow).toHaveTextContent('已超时');
    // 06:20 UTC is 14:20 in Beijing.
    expect(heldRow).toHaveTextContent('王管理领取至 14:20');
    expect(await queueRow('BA2026112900001')).toHaveTextContent('未领取');

    const load = await screen.findByRole('table', { name: '可接受改派的审核员（按姓名排列）' });
    expect(
      within(load)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['姓名邮箱角色当前领取', '李审核li@demo.beian.test审核员0 件', '王管理wang@demo.beian.test管理员1 件']);
    const choice = within(heldRow).getByLabelText('将订单 BA2026112900002 改派给');
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['请选择审核员', '李审核（当前 0 件）', '王管理（当前 1 件）']);
  });

  it('posts the chosen reviewer, confirms it in the status region and shows the list as it now is', async () => {
    const api = adminApi(() =>
      json(200, {
        filingId: HELD,
        claimedBy: { id: LI, displayName: '李审核' },
        expiresAt: '2026-11-30T06:45:00.000Z',
      }),
    );
    const { user } = renderPage();
    const heldRow = await queueRow('BA2026112900002');

    await user.selectOptions(within(heldRow).getByLabelText('将订单 BA2026112900002 改派给'), LI);
    await user.click(within(heldRow).getByRole('button', { name: '改派（订单 BA2026112900002）' }));

    const done = await screen.findByText('已将订单 BA2026112900002 改派给 李审核，领取有效至 14:45（北京时间）。');
    expect(done.closest('[aria-live="polite"]')).not.toBeNull();
    expect(api.to(`POST /api/review/filings/${HELD}/assign`).map((request) => request.body)).toEqual([
      { reviewerId: LI },
    ]);
    await waitFor(async () => expect(await queueRow('BA2026112900002')).toHaveTextContent('李审核领取至'));
    expect(within(await queueRow('BA2026112900002')).getByRole('option', { name: '李审核（当前 1 件）' })).toBeTruthy();
    expect(api.to(`GET ${QUEUE}`).length).toBeGreaterThanOrEqual(2);
  });

  it('says why a reassignment was refused, and asks for a reviewer before sending anything', async () => {
    const api = adminApi(() => problem(409, 'ILLEGAL_TRANSITION'));
    const { user } = renderPage();
    const heldRow = await queueRow('BA2026112900002');
    const button = within(heldRow).getByRole('button', { name: '改派（订单 BA2026112900002）' });
    const choice = within(heldRow).getByLabelText('将订单 BA2026112900002 改派给');

    await user.click(button);
    expect(within(heldRow).getByText('请先选择要改派给的审核员。')).toBeVisible();
    expect(choice).toHaveFocus();
    expect(choice).toHaveAttribute('aria-invalid', 'true');
    expect(api.to(`POST /api/review/filings/${HELD}/assign`)).toHaveLength(0);

    await user.selectOptions(choice, LI);
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('未能改派订单 BA2026112900002');
    expect(alert).toHaveTextContent('当前状态下不能执行此操作。');
    expect(await queueRow('BA2026112900002')).toHaveTextContent('王管理');
  });
});
