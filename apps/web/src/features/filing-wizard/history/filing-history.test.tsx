// 审核记录 on the submitted panel: the rounds newest first with their outcome and Beijing times, a rejection's
// reasons in the wizard's words, every status change by party, and nothing at all before the first submission.
import { type FilingHistory, type Locale, REVIEW_REASONS, type ReviewRound } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { materialList, PERSONAL_GD } from '../../../test/material-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { historyKey } from './use-filing-history.ts';

const FILING = `/api/filings/${FILING_ID}`;
const inReview = filingDetail({ status: 'INITIAL_REVIEW', nextAction: 'WAIT_FOR_REVIEW', version: 9 });

const rejected: ReviewRound = {
  stage: 'INITIAL',
  round: 1,
  submittedAt: '2026-12-01T02:00:00.000Z',
  outcome: 'REJECTED',
  decidedAt: '2026-12-01T06:30:00.000Z',
  reasons: [
    {
      field: 'subject.mailingAddress',
      code: 'MAILING_ADDRESS_INCOMPLETE',
      message: '通信地址不详细。',
      suggestion: '请写到门牌号。',
    },
  ],
};
const pending: ReviewRound = {
  stage: 'INITIAL',
  round: 2,
  submittedAt: '2026-12-02T01:00:00.000Z',
  outcome: 'PENDING',
  decidedAt: null,
  reasons: [],
};
const cycle: FilingHistory = {
  rounds: [rejected, pending],
  events: [
    { event: 'submit', fromStatus: 'DRAFT', toStatus: 'INITIAL_REVIEW', actor: 'APPLICANT', at: rejected.submittedAt },
    {
      event: 'reject',
      fromStatus: 'INITIAL_REVIEW',
      toStatus: 'INITIAL_REJECTED',
      actor: 'PROVIDER',
      at: '2026-12-01T06:30:00.000Z',
    },
    {
      event: 'resubmit',
      fromStatus: 'INITIAL_REJECTED',
      toStatus: 'INITIAL_REVIEW',
      actor: 'APPLICANT',
      at: pending.submittedAt,
    },
  ],
};

function open(history: FilingHistory, locale: Locale = 'zh-CN') {
  fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT', { locale }) }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, inReview),
    [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
    [`GET ${FILING}/history`]: () => json(200, history),
  });
  return renderApp(`/console/filings/${FILING_ID}/review`);
}

describe('审核记录', () => {
  it('lists the rounds newest first, each with its outcome and Beijing times, and a rejection’s reasons', async () => {
    open(cycle);
    const section = await screen.findByRole('region', { name: '审核记录' });
    const rounds = within(section).getAllByRole('heading', { level: 3 });
    expect(rounds.map((heading) => heading.textContent)).toEqual(['第 2 次初审', '第 1 次初审']);

    const [latest, first] = rounds.map((heading) => heading.closest('li') as HTMLElement);
    expect(latest).toHaveTextContent('审核中');
    expect(latest).toHaveTextContent('提交时间：2026-12-02 09:00');
    expect(latest).not.toHaveTextContent('审核时间');
    expect(first).toHaveTextContent('未通过');
    expect(first).toHaveTextContent('审核时间：2026-12-01 14:30');
    expect(first).toHaveTextContent('驳回意见通信地址：通信地址不详细。');
    expect(first).toHaveTextContent('修改建议：请写到门牌号。');
  });

  it('reads a catalogue reason in the console’s language and a reviewer’s own words as written', async () => {
    const incomplete = REVIEW_REASONS.find((r) => r.code === 'MAILING_ADDRESS_INCOMPLETE');
    if (!incomplete) throw new Error('no MAILING_ADDRESS_INCOMPLETE in the catalogue');
    const picked = { field: incomplete.field, code: incomplete.code, ...incomplete.zh };
    const own = { field: 'subject.principal', code: 'OTHER', message: '负责人证件已过期。' };
    open({ rounds: [{ ...rejected, reasons: [picked, own] }], events: [] }, 'en-US');
    const section = await screen.findByRole('region', { name: 'Review history' });
    const round = within(section).getByRole('heading', { level: 3 }).closest('li') as HTMLElement;
    const reasons = within(round).getAllByRole('listitem');
    expect(reasons[0]).toHaveTextContent(`${incomplete.en.message} Suggestion: ${incomplete.en.suggestion}`);
    expect(section).not.toHaveTextContent(incomplete.zh.message);
    expect(reasons[1]).toHaveTextContent(': 负责人证件已过期。');
  });

  it('folds every status change away, each with who made it', async () => {
    const { user } = open(cycle);
    const section = await screen.findByRole('region', { name: '审核记录' });
    const changes = within(section).getByRole('group');
    expect(changes).not.toHaveAttribute('open');
    await user.click(within(changes).getByText('全部状态变更（北京时间）'));
    expect(changes).toHaveAttribute('open');
    const rows = within(changes).getAllByRole('listitem');
    expect(rows.map((li) => li.textContent)).toEqual([
      '2026-12-02 09:00初审驳回 → 初审中申请人',
      '2026-12-01 14:30初审中 → 初审驳回服务商',
      '2026-12-01 10:00草稿 → 初审中申请人',
    ]);
  });

  it('is not shown before the first submission', async () => {
    const { queryClient } = open({ rounds: [], events: [] });
    expect(await screen.findByRole('heading', { name: /已提交初审/ })).toBeVisible();
    await waitFor(() => expect(queryClient.getQueryState(historyKey(FILING_ID, 9))?.status).toBe('success'));
    expect(screen.queryByRole('region', { name: '审核记录' })).not.toBeInTheDocument();
  });
});
