// The audit log as an administrator reads it: names and labels instead of ids, Beijing time, the change as before
// → after, filters (person, order number, actions, dates) in the address, the CSV export of the same view, paging.
import type { AuditLogEntry, AuditLogPage, Locale } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem, type SentRequest } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const ADMIN_ID = '7d1c2a4e-0000-4000-8000-00000000a001';
const REVIEWER_ID = '7d1c2a4e-0000-4000-8000-00000000b002';
const FILING_ID = '5e0c9b1a-0000-4000-8000-00000000f001';

const entry = (id: number, overrides: Partial<AuditLogEntry> = {}): AuditLogEntry => ({
  id,
  at: '2026-11-29T05:05:00.000Z',
  actor: { id: REVIEWER_ID, displayName: '李审核', role: 'REVIEWER' },
  action: 'filing.reject',
  labelKey: 'adminAuditLog.actions.filing.reject',
  target: { type: 'filing', id: FILING_ID, name: 'BA2026112900001', email: null, ruleSet: null, year: null },
  filing: { id: FILING_ID, orderNo: 'BA2026112900001' },
  before: { status: 'INITIAL_REVIEW' },
  after: { status: 'INITIAL_REJECTED' },
  detail: { reasons: [{ field: 'subject.mailingAddress', message: '通信地址不详细。' }] },
  ...overrides,
});

const pageOf = (entries: AuditLogEntry[], nextBefore: number | null = null): AuditLogPage => ({
  entries,
  nextBefore,
  unknownOrderNo: null,
});

const actors = {
  actors: [
    { id: ADMIN_ID, displayName: '王管理', email: 'wang@example.cn', role: 'ADMIN' },
    { id: REVIEWER_ID, displayName: '李审核', email: 'li@example.cn', role: 'REVIEWER' },
  ],
};

/** Answers the audit log with `respond`, given the query the page asked for. */
function adminWithAuditLog(respond: (query: URLSearchParams) => AuditLogPage | Response, locale: Locale = 'zh-CN') {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('ADMIN', { locale }) }),
    'GET /api/admin/audit-log/actors': () => json(200, actors),
    'GET /api/admin/audit-log': ({ path }: SentRequest) => {
      const answer = respond(new URL(path, 'http://localhost').searchParams);
      return answer instanceof Response ? answer : json(200, answer);
    },
  });
}

const rows = () =>
  within(screen.getByRole('table', { name: '审计记录（按时间从新到旧）' }))
    .getAllByRole('row')
    .slice(1);

describe('audit log page', () => {
  it('lists the entries in Beijing time with names, labels and the change in words', async () => {
    adminWithAuditLog(() =>
      pageOf([
        entry(42),
        entry(41, {
          actor: null,
          action: 'calendar.publish',
          labelKey: 'adminAuditLog.actions.calendar.publish',
          target: { type: 'calendarYear', id: 'y-1', name: null, email: null, ruleSet: null, year: 2027 },
          filing: null,
          before: null,
          after: { version: 2 },
          detail: {},
          at: '2026-11-28T16:30:00Z',
        }),
        entry(40, {
          actor: { id: ADMIN_ID, displayName: '王管理', role: 'ADMIN' },
          action: 'rules.publish',
          labelKey: 'adminAuditLog.actions.rules.publish',
          target: {
            type: 'ruleSet',
            id: 'r-3',
            name: null,
            email: null,
            ruleSet: { kind: 'PROVINCE_RULES', version: 3 },
            year: null,
          },
          filing: null,
          before: null,
          after: null,
          detail: {},
        }),
        entry(39, {
          actor: { id: ADMIN_ID, displayName: '王管理', role: 'ADMIN' },
          action: 'account.disable',
          labelKey: 'adminAuditLog.actions.account.disable',
          target: { type: 'account', id: REVIEWER_ID, name: '李审核', email: null, ruleSet: null, year: null },
          filing: null,
          before: { active: true },
          after: { active: false },
          detail: { endedSessions: 2, releasedClaims: 3 },
        }),
      ]),
    );
    renderApp('/admin/audit-log');

    const table = await screen.findByRole('table', { name: '审计记录（按时间从新到旧）' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['时间（北京时间）', '操作人', '操作', '对象', '备案订单号', '变更']);
    const [first, second, third, fourth] = rows();
    // What a disabled account's change did besides, by label.
    expect(within(fourth!).getAllByRole('cell')[4]).toHaveTextContent('退出的登录2');
    expect(within(fourth!).getAllByRole('cell')[4]).toHaveTextContent('退回队列的审核3');
    // 05:05 UTC is 13:05 in Beijing; 16:30 UTC on the 28th is already the 29th there.
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('2026-11-29 13:05');
    const cells = within(first!).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('李审核审核员');
    expect(cells[1]).toHaveTextContent('审核驳回');
    expect(cells[2]).toHaveTextContent('备案订单BA2026112900001');
    expect(cells[3]).toHaveTextContent('BA2026112900001');
    expect(cells[4]).toHaveTextContent('状态初审中 → 改为 初审驳回');
    expect(cells[4]).toHaveTextContent('原因通信地址不详细。');
    expect(first).not.toHaveTextContent(REVIEWER_ID);

    expect(within(second!).getByRole('rowheader')).toHaveTextContent('2026-11-29 00:30');
    expect(second).toHaveTextContent('系统');
    expect(second).toHaveTextContent('发布节假日安排');
    expect(second).toHaveTextContent('节假日年度2027 年');
    expect(second).toHaveTextContent('版本2');
    expect(third).toHaveTextContent('王管理管理员');
    expect(third).toHaveTextContent('规则集省级规则 v3');
    expect(screen.getByText('本页显示 4 条记录')).toBeVisible();
    expect(screen.queryByRole('navigation', { name: '审计日志分页' })).not.toBeInTheDocument();
  });

  it('shows times, headings and labels in English for an administrator who reads English', async () => {
    adminWithAuditLog(() => pageOf([entry(42)]), 'en-US');
    renderApp('/admin/audit-log');

    const table = await screen.findByRole('table', { name: 'Audit entries (newest first)' });
    expect(within(table).getByRole('columnheader', { name: 'Time (Beijing time)' })).toBeVisible();
    expect(within(table).getByRole('rowheader')).toHaveTextContent('2026-11-29 13:05');
    expect(within(table).getAllByRole('cell')[1]).toHaveTextContent('Review rejected');
  });

  it('puts the filters in the address, asks the API for them, links the export to them and clears them', {
    timeout: 20_000,
  }, async () => {
    const api = adminWithAuditLog((query) => (query.get('actor') ? pageOf([]) : pageOf([entry(42)])));
    const { router, user } = renderApp('/admin/audit-log');
    await screen.findByRole('table');

    await user.selectOptions(await screen.findByLabelText('操作人'), '李审核（审核员）');
    await user.type(screen.getByLabelText('备案订单号', { selector: 'input' }), ' BA2026112900001 ');
    await user.click(screen.getByText('选择操作（全部）'));
    const reviewGroup = screen.getByRole('group', { name: '审核分配' });
    await user.click(within(reviewGroup).getByRole('checkbox', { name: '改派审核' }));
    await user.click(
      within(screen.getByRole('group', { name: '备案流转' })).getByRole('checkbox', { name: '审核驳回' }),
    );
    expect(screen.getByText('选择操作（已选 2 项）')).toBeVisible();
    await user.type(screen.getByLabelText('开始日期'), '2026-11-01');
    await user.type(screen.getByLabelText('结束日期'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: '筛选' }));

    // Many fields and boxes: on a busy machine the answer can take longer than the default second to show.
    expect(await screen.findByText('没有符合筛选条件的记录', {}, { timeout: 5_000 })).toBeVisible();
    const search = `?actor=${REVIEWER_ID}&orderNo=BA2026112900001&action=filing.reject&action=review.assign&from=2026-11-01&to=2026-11-30`;
    expect(router.state.location.search).toBe(search);
    expect(api.to(`GET /api/admin/audit-log${search}&limit=50`)).toHaveLength(1);
    expect(screen.getByRole('link', { name: /导出 CSV/ })).toHaveAttribute('href', `/api/admin/audit-log.csv${search}`);

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await screen.findByRole('table', {}, { timeout: 5_000 });
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('操作人')).toHaveValue('');
    expect(screen.getByLabelText('操作人')).toHaveFocus();
    expect(screen.getByRole('link', { name: /导出 CSV/ })).toHaveAttribute('href', '/api/admin/audit-log.csv');
  });

  it('refuses a start date after the end date, without changing the address', async () => {
    adminWithAuditLog(() => pageOf([entry(42)]));
    const { router, user } = renderApp('/admin/audit-log');
    await screen.findByRole('table');

    await user.type(screen.getByLabelText('开始日期'), '2026-11-30');
    await user.type(screen.getByLabelText('结束日期'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: '筛选' }));

    expect(await screen.findByText('开始日期不能晚于结束日期。')).toBeVisible();
    expect(router.state.location.search).toBe('');
  });

  it('opens a linked view with its filters already applied', async () => {
    const api = adminWithAuditLog(() => pageOf([entry(42)]));
    renderApp(`/admin/audit-log?actor=${ADMIN_ID}&orderNo=BA2026112900001&action=review.assign`);

    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByLabelText('操作人')).toHaveValue(ADMIN_ID));
    expect(screen.getByLabelText('备案订单号', { selector: 'input' })).toHaveValue('BA2026112900001');
    expect(screen.getByRole('checkbox', { name: '改派审核' })).toBeChecked();
    expect(
      api.to(`GET /api/admin/audit-log?actor=${ADMIN_ID}&orderNo=BA2026112900001&action=review.assign&limit=50`),
    ).toHaveLength(1);
  });

  it('says so when the order number names no filing', async () => {
    adminWithAuditLog(() => ({ entries: [], nextBefore: null, unknownOrderNo: 'BA2099010100001' }));
    renderApp('/admin/audit-log?orderNo=BA2099010100001');

    expect(await screen.findByText('没有订单号为 BA2099010100001 的备案，请检查订单号。')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('pages to older entries through the address and back to the newest', async () => {
    adminWithAuditLog((query) =>
      query.get('before') === '41'
        ? pageOf([entry(40, { action: 'review.assign', labelKey: null })])
        : pageOf([entry(42), entry(41)], 41),
    );
    const { router, user } = renderApp('/admin/audit-log?action=filing.reject');
    await screen.findByRole('table');
    expect(rows()).toHaveLength(2);

    const pager = screen.getByRole('navigation', { name: '审计日志分页' });
    await user.click(within(pager).getByRole('link', { name: '较早的记录' }));

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('改派审核');
    expect(router.state.location.search).toBe('?action=filing.reject&before=41');
    expect(within(pager).queryByRole('link', { name: '较早的记录' })).not.toBeInTheDocument();
    // The link that was pressed is gone; keyboard users continue from the top of the new page.
    expect(document.activeElement).toContainElement(screen.getByRole('table'));

    await user.click(within(pager).getByRole('link', { name: '回到最新记录' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(router.state.location.search).toBe('?action=filing.reject');
  });

  it('says so when nothing has been recorded yet', async () => {
    adminWithAuditLog(() => pageOf([]));
    renderApp('/admin/audit-log');

    expect(await screen.findByText('还没有审计记录')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains a failed load in the shared alert', async () => {
    adminWithAuditLog(() => problem(403, 'FORBIDDEN'));
    renderApp('/admin/audit-log');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('审计日志加载失败');
    expect(alert).toHaveTextContent('您的角色无权执行此操作。');
  });

  it.each(['?before=yesterday', '?action=photoPoint.delete', '?from=2026-11-30&to=2026-11-01'])(
    'refuses a hand-edited address the API would reject (%s), without asking it',
    async (search) => {
      const api = adminWithAuditLog(() => pageOf([]));
      renderApp(`/admin/audit-log${search}`);

      expect(await screen.findByRole('alert')).toHaveTextContent('此链接中的筛选条件无效，请重新筛选。');
      expect(api.sent.filter((request) => request.path.startsWith('/api/admin/audit-log?'))).toEqual([]);
    },
  );
});
