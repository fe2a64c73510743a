// The review page's layout and modes: the typed data and the materials as two scroll regions with the decision
// below both; a filing opened from the queue without a claim is read only until "claim and review"; a resubmitted
// filing opens with the previous round's reasons and what the applicant changed since.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../test/fake-api.ts';
import { langMarks } from '../../test/lang-marks.ts';
import { renderApp } from '../../test/render-app.tsx';
import { ID_FRONT_ID, REVIEW_ID, reviewDetail, reviewerOnFiling, SHEET_ID } from './review-fixtures.ts';

const PAGE = `/review/filings/${REVIEW_ID}`;
const API = `/api/review/filings/${REVIEW_ID}`;
const mine = reviewDetail().claim;

afterEach(() => vi.useRealTimers());

async function openPage() {
  const view = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: '初审：订单 BA2026112900007' });
  return view;
}

describe('review page layout', () => {
  it('puts the typed data and the materials in two labelled, focusable scroll regions, the decision below both', async () => {
    reviewerOnFiling();
    await openPage();

    const data = screen.getByRole('region', { name: '填写的信息与登记记录' });
    const materials = screen.getByRole('region', { name: '材料' });
    expect(data).toHaveClass('review-layout__column', 'review-layout__data');
    expect(materials).toHaveClass('review-layout__column', 'review-layout__materials');
    // Each column scrolls on its own on a wide screen: keyboard users reach it with Tab.
    expect(data).toHaveAttribute('tabindex', '0');
    expect(materials).toHaveAttribute('tabindex', '0');
    expect(within(data).getByRole('heading', { name: '主体信息' })).toBeVisible();
    expect(within(data).getByRole('heading', { name: '登记记录比对' })).toBeVisible();
    expect(within(materials).getByRole('region', { name: '材料查看器' })).toBeVisible();
    const decision = screen.getByRole('region', { name: '审核决定' });
    expect(decision.parentElement).toHaveClass('review-layout__decision');
    expect(data.parentElement).toBe(decision.parentElement?.parentElement);
  });
});

describe('a filing opened without the reviewer’s claim', () => {
  it('is read only until claimed: no decision, no A/R keys, no lease kept; the claim button claims it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let claimed = false;
    const api = reviewerOnFiling({
      [`GET ${API}`]: () => json(200, reviewDetail({ claim: claimed ? mine : null })),
      [`POST ${API}/claim`]: () => {
        claimed = true;
        return json(200, { filingId: REVIEW_ID, claimedBy: mine?.claimedBy, expiresAt: mine?.expiresAt });
      },
    });
    const { user } = await openPage();

    expect(screen.getByText('只读查看：领取后才能通过或驳回。')).toBeVisible();
    expect(screen.queryByRole('button', { name: '通过' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '驳回' })).not.toBeInTheDocument();
    await user.keyboard('r');
    await user.keyboard('a');
    expect(screen.queryByRole('form', { name: '驳回理由' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(api.to(`POST ${API}/lease`)).toEqual([]);

    await user.click(screen.getByRole('button', { name: '领取并审核' }));
    expect(await screen.findByRole('button', { name: '通过' })).toBeVisible();
    expect(api.to(`POST ${API}/claim`)).toHaveLength(1);
    expect(screen.getByText(/打开本页期间，您持有该订单的领取/)).toBeVisible();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await waitFor(() => expect(api.to(`POST ${API}/lease`)).toHaveLength(1));
  });

  it('says who holds a filing another reviewer claimed, offers no claim, and explains a refused claim', async () => {
    const other = {
      claimedBy: { id: '0b7c3a1e-1111-4222-8333-444455556666', displayName: '王审核' },
      expiresAt: '2026-11-29T06:30:00.000Z',
    };
    reviewerOnFiling({ [`GET ${API}`]: () => json(200, reviewDetail({ claim: other })) });
    await openPage();
    expect(screen.getByText(/王审核 正在审核本订单（领取至 2026-11-29 14:30，北京时间）/)).toBeVisible();
    expect(screen.queryByRole('button', { name: '领取并审核' })).not.toBeInTheDocument();
  });

  it('shows the refusal when someone else claimed it first', async () => {
    reviewerOnFiling({
      [`GET ${API}`]: () => json(200, reviewDetail({ claim: null })),
      [`POST ${API}/claim`]: () => problem(409, 'CLAIMED_BY_ANOTHER'),
    });
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: '领取并审核' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '未能领取另一位审核员正在审核该订单，您可以查看，但不能领取。',
    );
    expect(screen.queryByRole('button', { name: '通过' })).not.toBeInTheDocument();
  });
});

describe('a resubmitted filing', () => {
  /** The reviewer on a filing resubmitted after one rejection that named the mailing address. */
  const resubmitted = (locale?: 'en-US') =>
    reviewerOnFiling(
      {
        [`GET ${API}`]: () =>
          json(
            200,
            reviewDetail({
              resubmission: {
                round: 2,
                rejectedAt: '2026-11-28T02:00:00.000Z',
                previousReasons: [
                  {
                    field: 'subject.mailingAddress',
                    code: 'MAILING_ADDRESS_INCOMPLETE',
                    message: '通信地址不详细。',
                    suggestion: '请填写到门牌号的详细地址。',
                  },
                ],
                changedFields: ['subject.mailingAddress'],
                replacedMaterials: [SHEET_ID],
              },
            }),
          ),
      },
      locale,
    );

  it('opens with the previous reasons, the changed fields and the replaced materials, which it can show', async () => {
    resubmitted();
    const { user } = await openPage();

    const summary = screen.getByRole('region', { name: '重新提交（第 2 轮）：先核对修改' });
    // First in the data column: the reviewer checks the fixes before anything else.
    expect(screen.getByRole('region', { name: '填写的信息与登记记录' }).firstElementChild).toBe(summary);
    expect(summary).toHaveTextContent('上一轮于 2026-11-28 10:00（北京时间）驳回，理由：');
    expect(within(summary).getAllByRole('list')[0]).toHaveTextContent(
      '主体信息 · 通信地址：通信地址不详细。修改建议：请填写到门牌号的详细地址。',
    );
    expect(within(summary).getAllByRole('list')[1]).toHaveTextContent('主体信息 · 通信地址');

    const viewer = screen.getByRole('region', { name: '材料查看器' });
    expect(within(viewer).getByRole('img')).toHaveAttribute('src', `/api/materials/${ID_FRONT_ID}/content`);
    await user.click(within(summary).getByRole('button', { name: /^查看/ }));
    expect(viewer).toHaveTextContent('第 2 / 2 份');
  });

  it('reads the previous reasons in an English console with English punctuation, Chinese words marked as Chinese', async () => {
    resubmitted('en-US');
    renderApp(PAGE);
    const summary = await screen.findByRole('region', { name: 'Resubmitted (round 2): check the changes first' });
    const reasons = within(summary).getAllByRole('list')[0];
    expect(reasons).toHaveTextContent(/Mailing address: 通信地址不详细。Suggested fix: 请填写到门牌号的详细地址。$/);
    expect(langMarks(reasons)).toEqual([
      ['zh-CN', '通信地址不详细。'],
      ['zh-CN', '请填写到门牌号的详细地址。'],
    ]);
  });

  it('says when the changed fields are not known (a rejection older than the snapshot)', async () => {
    reviewerOnFiling({
      [`GET ${API}`]: () =>
        json(
          200,
          reviewDetail({
            resubmission: {
              round: 3,
              rejectedAt: '2026-11-28T02:00:00.000Z',
              previousReasons: [],
              changedFields: null,
              replacedMaterials: [],
            },
          }),
        ),
    });
    await openPage();
    const summary = screen.getByRole('region', { name: '重新提交（第 3 轮）：先核对修改' });
    expect(summary).toHaveTextContent('无法列出修改的字段，请逐项核对');
    expect(summary).toHaveTextContent('驳回后没有重新上传材料。');
  });
});
