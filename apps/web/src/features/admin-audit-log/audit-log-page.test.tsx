// The audit log as an administrator reads it: entries in Shanghai time, filters in the address, older pages.
import type { AuditLogPage, Locale } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem, type SentRequest } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

type Entry = AuditLogPage['entries'][number];

const entry = (id: number, overrides: Partial<Entry> = {}): Entry => ({
  id,
  actorId: '7d1c2a4e-0000-4000-8000-00000000a001',
  action: 'account.role.change',
  targetType: 'account',
  targetId: `acc-${id}`,
  detail: { from: 'APPLICANT', to: 'REVIEWER' },
  at: '2026-11-29T05:05:00.000Z',
  ...overrides,
});

/** Answers the audit log with `respond`, given the query the page asked for. */
function adminWithAuditLog(respond: (query: URLSearchParams) => AuditLogPage | Response, locale: Locale = 'zh-CN') {
  return fakeApi({
    'GET /api/auth/me': () => json(200, { account: account('ADMIN', { locale }) }),
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
  it('lists the entries newest first, in Shanghai time, with actor, action, record and compact details', async () => {
    adminWithAuditLog(() => ({
      entries: [
        entry(42),
        entry(41, { actorId: null, action: 'session.revoke', targetId: null, detail: {}, at: '2026-11-28T16:30:00Z' }),
      ],
      nextBefore: null,
    }));
    renderApp('/admin/audit-log');

    const table = await screen.findByRole('table', { name: '审计记录（按时间从新到旧）' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['时间（北京时间）', '操作人', '操作', '对象类型', '对象编号', '详情']);
    const [first, second] = rows();
    // 05:05 UTC is 13:05 in Shanghai; 16:30 UTC on the 28th is already the 29th there.
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('2026年11月29日 13:05:00');
    expect(first).toHaveTextContent('7d1c2a4e-0000-4000-8000-00000000a001');
    expect(first).toHaveTextContent('account.role.change');
    expect(first).toHaveTextContent('acc-42');
    expect(first).toHaveTextContent('{"from":"APPLICANT","to":"REVIEWER"}');
    expect(within(second!).getByRole('rowheader')).toHaveTextContent('2026年11月29日 00:30:00');
    expect(second).toHaveTextContent('系统');
    expect(screen.getByRole('status')).toHaveTextContent('本页显示 2 条记录');
    expect(screen.queryByRole('navigation', { name: '审计日志分页' })).not.toBeInTheDocument();
  });

  it('shows times and headings in English for an administrator who reads English', async () => {
    adminWithAuditLog(() => ({ entries: [entry(42)], nextBefore: null }), 'en-US');
    renderApp('/admin/audit-log');

    const table = await screen.findByRole('table', { name: 'Audit entries (newest first)' });
    expect(within(table).getByRole('columnheader', { name: 'Time (China Standard Time)' })).toBeVisible();
    expect(within(table).getByRole('rowheader')).toHaveTextContent('Nov 29, 2026, 1:05:00 PM');
  });

  it('puts the filters in the address, asks the API for them and says when nothing matches', async () => {
    const api = adminWithAuditLog((query) =>
      query.get('action') ? { entries: [], nextBefore: null } : { entries: [entry(42)], nextBefore: null },
    );
    const { router, user } = renderApp('/admin/audit-log');
    await screen.findByRole('table');

    await user.type(screen.getByLabelText('操作'), ' photoPoint.update ');
    await user.type(screen.getByLabelText('对象类型'), 'photoPoint');
    await user.click(screen.getByRole('button', { name: '筛选' }));

    expect(await screen.findByText('没有符合筛选条件的记录')).toBeVisible();
    expect(router.state.location.search).toBe('?action=photoPoint.update&targetType=photoPoint');
    expect(api.to('GET /api/admin/audit-log?action=photoPoint.update&targetType=photoPoint&limit=50')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await screen.findByRole('table');
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('操作')).toHaveValue('');
    expect(screen.getByLabelText('操作')).toHaveFocus();
  });

  it('opens a linked view with its filters already applied', async () => {
    const api = adminWithAuditLog(() => ({ entries: [entry(42)], nextBefore: null }));
    renderApp('/admin/audit-log?targetType=account');

    await screen.findByRole('table');
    expect(screen.getByLabelText('对象类型')).toHaveValue('account');
    expect(api.to('GET /api/admin/audit-log?targetType=account&limit=50')).toHaveLength(1);
  });

  it('pages to older entries through the address and back to the newest', async () => {
    adminWithAuditLog((query) =>
      query.get('before') === '41'
        ? { entries: [entry(40, { action: 'older.action' })], nextBefore: null }
        : { entries: [entry(42), entry(41)], nextBefore: 41 },
    );
    const { router, user } = renderApp('/admin/audit-log?action=account.role.change');
    await screen.findByRole('table');
    expect(rows()).toHaveLength(2);

    const pager = screen.getByRole('navigation', { name: '审计日志分页' });
    await user.click(within(pager).getByRole('link', { name: '较早的记录' }));

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('older.action');
    expect(router.state.location.search).toBe('?action=account.role.change&before=41');
    expect(within(pager).queryByRole('link', { name: '较早的记录' })).not.toBeInTheDocument();
    // The link that was pressed is gone; keyboard users continue from the top of the new page.
    expect(document.activeElement).toContainElement(screen.getByRole('table'));

    await user.click(within(pager).getByRole('link', { name: '回到最新记录' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(router.state.location.search).toBe('?action=account.role.change');
  });

  it('says so when nothing has been recorded yet', async () => {
    adminWithAuditLog(() => ({ entries: [], nextBefore: null }));
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

  it('refuses a hand-edited address the API would reject, without asking it', async () => {
    const api = adminWithAuditLog(() => ({ entries: [], nextBefore: null }));
    renderApp('/admin/audit-log?before=yesterday');

    expect(await screen.findByRole('alert')).toHaveTextContent('此链接中的筛选条件无效，请重新筛选。');
    expect(api.sent.filter((request) => request.path.startsWith('/api/admin/audit-log'))).toEqual([]);
  });
});
