// Today's decisions per reviewer under the workbench figures: the rows and total as the API counts them, numbers
// in the reader's language, and a sentence instead of an empty table.
import type { Locale, ReviewDashboard } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { reviewDashboard } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const reviewer = (n: number, displayName: string) => ({
  id: `0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b${String(n).padStart(2, '0')}`,
  displayName,
});

function openWorkbench(decisionsToday: ReviewDashboard['decisionsToday'], locale: Locale = 'zh-CN') {
  fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('REVIEWER', { locale }) }),
    'GET /api/review/dashboard': () =>
      json(200, reviewDashboard({ queues: { initial: 3, second: 1 }, decisionsToday })),
  });
  return renderApp('/review');
}

/** Every row of the table, header and total included, as the text of its cells. */
function cells(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent));
}

const busyDay = {
  day: '2026-11-30',
  total: 1241,
  byReviewer: [
    { reviewer: reviewer(1, '王审核'), approved: 1200, rejected: 30 },
    { reviewer: reviewer(2, '李管理'), approved: 2, rejected: 9 },
  ],
};

describe('decisions today', () => {
  it('lists each reviewer’s approvals, rejections and total in the API’s order, with a total row', async () => {
    openWorkbench(busyDay);

    const table = await screen.findByRole('table', { name: '今日审核（北京时间 2026-11-30）' });
    expect(cells(table)).toEqual([
      ['审核员', '通过', '驳回', '合计'],
      ['王审核', '1,200', '30', '1,230'],
      ['李管理', '2', '9', '11'],
      ['全部审核员', '1,202', '39', '1,241'],
    ]);
    expect(within(table).getByRole('rowheader', { name: '李管理' })).toBeVisible();
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
  });

  it('reads in English with the date and numbers in English', async () => {
    openWorkbench(busyDay, 'en-US');

    const table = await screen.findByRole('table', { name: 'Decisions today (2026-11-30, Beijing time)' });
    expect(cells(table)[0]).toEqual(['Reviewer', 'Approved', 'Rejected', 'Total']);
    expect(cells(table)[3]).toEqual(['All reviewers', '1,202', '39', '1,241']);
  });

  it('says so in a sentence, without a table, when nobody has decided anything yet today', async () => {
    openWorkbench({ day: '2026-12-01', total: 0, byReviewer: [] });

    expect(await screen.findByText('今日审核：北京时间 2026-12-01 还没有人作出通过或驳回的决定。')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
