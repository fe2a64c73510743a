// The users page as an admin uses it: accounts searched and filtered, a role changed through its dialog (saying what
// it does to a photo point or to filings in review), an account disabled after confirming, the API's refusal in
// words, and an invitation whose link is shown once to copy and can be revoked.
import type { AccountList, AdminAccount, Invitation } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, noContent, problem, type SentRequest } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const SELF = account('ADMIN', { displayName: '张管理' });
const LI = '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b21';
const ZHAO = '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b22';
const INVITE = '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b31';

const row = (overrides: Partial<AdminAccount>): AdminAccount => ({
  id: LI,
  email: 'li@example.com',
  displayName: '李审核',
  role: 'REVIEWER',
  active: true,
  emailVerified: true,
  photoPoint: null,
  createdAt: '2026-11-29T02:00:00.000Z',
  ...overrides,
});

const list = (accounts: AdminAccount[], total = accounts.length): AccountList => ({
  accounts,
  total,
  page: 1,
  pageSize: 20,
});

const invitation: Invitation = {
  id: INVITE,
  email: 'new@example.com',
  displayName: '王新',
  role: 'OPERATOR',
  photoPoint: null,
  invitedBy: '张管理',
  createdAt: '2026-11-30T02:00:00.000Z',
  expiresAt: '2026-12-07T02:00:00.000Z',
};

function adminApi(routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: SELF }),
    'GET /api/admin/accounts': () =>
      json(
        200,
        list([
          row({ id: SELF.id, email: SELF.email, displayName: '张管理', role: 'ADMIN' }),
          row({}),
          row({
            id: ZHAO,
            email: 'zhao@example.com',
            displayName: '赵操作',
            role: 'OPERATOR',
            photoPoint: { id: INVITE, name: '深圳南山拍照点' },
          }),
        ]),
      ),
    'GET /api/admin/invitations': () => json(200, { invitations: [] }),
    'GET /api/photo-points': () => json(200, { total: 0, provinces: [] }),
    ...routes,
  });
}

const accountsTable = () => screen.findByRole('table', { name: '账号（按创建时间从新到旧）' });

describe('admin users page', () => {
  it('lists accounts with role, point and status, and offers no change of the admin’s own row', async () => {
    adminApi();
    renderApp('/admin/users');
    const table = await accountsTable();
    const [, self, li, zhao] = within(table).getAllByRole('row');
    expect(self).toHaveTextContent('张管理（您）');
    expect(within(self as HTMLElement).queryByRole('button')).toBeNull();
    expect(li).toHaveTextContent('审核员');
    expect(li).toHaveTextContent('正常');
    expect(zhao).toHaveTextContent('拍照点：深圳南山拍照点');
    expect(within(li as HTMLElement).getByRole('button', { name: '调整角色：李审核' })).toBeVisible();
    expect(screen.getByRole('link', { name: '用户' })).toHaveAttribute('aria-current', 'page');
  });

  it('sends the search and filters on 查询', async () => {
    const api = adminApi();
    const { user } = renderApp('/admin/users');
    await accountsTable();
    await user.type(screen.getByLabelText('搜索'), ' 李 ');
    await user.selectOptions(screen.getByLabelText('角色'), 'REVIEWER');
    await user.selectOptions(screen.getByLabelText('状态'), 'false');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() =>
      expect(api.sent.map((r) => r.path)).toContain(
        `/api/admin/accounts?q=${encodeURIComponent('李')}&role=REVIEWER&active=false&page=1&pageSize=20`,
      ),
    );
  });

  it('changes a role through the dialog and says so', async () => {
    const api = adminApi({
      [`PUT /api/admin/accounts/${ZHAO}/role`]: () =>
        json(200, row({ id: ZHAO, displayName: '赵操作', role: 'REVIEWER' })),
    });
    const { user } = renderApp('/admin/users');
    await accountsTable();
    await user.click(screen.getByRole('button', { name: '调整角色：赵操作' }));
    const dialog = screen.getByRole('alertdialog', { name: '调整“赵操作”的角色' });
    const select = within(dialog).getByLabelText('新角色');
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'REVIEWER');
    expect(dialog).toHaveTextContent('该账号与拍照点的关联会一并解除');
    await user.click(within(dialog).getByRole('button', { name: '确认调整' }));

    expect(await screen.findByText('已将“赵操作”的角色调整为“审核员”。')).toBeVisible();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.to(`PUT /api/admin/accounts/${ZHAO}/role`)[0]?.body).toEqual({ role: 'REVIEWER' });
  });

  it('says before confirming when a role change hands the account’s filings in review back to the queue', async () => {
    adminApi();
    const { user } = renderApp('/admin/users');
    await accountsTable();
    await user.click(screen.getByRole('button', { name: '调整角色：李审核' }));
    const dialog = screen.getByRole('alertdialog', { name: '调整“李审核”的角色' });
    const select = within(dialog).getByLabelText('新角色');
    const handsBack = '该账号正在审核的备案会立即回到审核队列';
    expect(dialog).not.toHaveTextContent(handsBack);
    // An administrator reviews too: nothing is handed back.
    await user.selectOptions(select, 'ADMIN');
    expect(dialog).not.toHaveTextContent(handsBack);
    await user.selectOptions(select, 'APPLICANT');
    expect(dialog).toHaveTextContent(handsBack);
  });

  it('disables only after confirming, and shows the refusal of the last administrator in the dialog', async () => {
    let answer = () => problem(409, 'LAST_ADMIN');
    const api = adminApi({ [`POST /api/admin/accounts/${LI}/disable`]: () => answer() });
    const { user } = renderApp('/admin/users');
    await accountsTable();
    await user.click(screen.getByRole('button', { name: '停用：李审核' }));
    const dialog = screen.getByRole('alertdialog', { name: '停用“李审核”？' });
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
    expect(api.to(`POST /api/admin/accounts/${LI}/disable`)).toHaveLength(0);
    expect(dialog).toHaveTextContent('它正在审核的备案会立即回到审核队列');

    await user.click(within(dialog).getByRole('button', { name: '停用账号' }));
    expect(await within(dialog).findByText(/这是最后一个有效的管理员账号/)).toBeVisible();

    answer = () => json(200, row({ active: false }));
    await user.click(within(dialog).getByRole('button', { name: '停用账号' }));
    expect(await screen.findByText('已停用“李审核”，其所有登录已退出。')).toBeVisible();
  });

  it('invites an operator, shows the link once to copy, and revokes after confirming', async () => {
    let pending: Invitation[] = [];
    const api = adminApi({
      'GET /api/admin/invitations': () => json(200, { invitations: pending }),
      'POST /api/admin/invitations': (request: SentRequest) => {
        pending = [invitation];
        expect(request.body).toEqual({ email: 'new@example.com', displayName: '王新', role: 'OPERATOR' });
        return json(201, { invitation, link: 'http://console.test/invite#token=abc' });
      },
      [`POST /api/admin/invitations/${INVITE}/revoke`]: () => {
        pending = [];
        return noContent();
      },
    });
    const { user } = renderApp('/admin/users');
    expect(await screen.findByText('没有待接受的邀请。')).toBeVisible();
    await user.type(screen.getByLabelText('被邀请人邮箱'), 'new@example.com');
    await user.type(screen.getByLabelText('被邀请人姓名'), '王新');
    await user.selectOptions(screen.getByLabelText('授予的角色'), 'OPERATOR');
    expect(screen.getByLabelText('拍照点')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '发送邀请' }));

    expect(await screen.findByText(/邀请已发送至 new@example.com/)).toBeVisible();
    const links = await screen.findAllByLabelText('邀请链接');
    expect(links[0]).toHaveValue('http://console.test/invite#token=abc');
    const pendingTable = await screen.findByRole('table', { name: '尚未接受的邀请（从新到旧）' });
    expect(pendingTable).toHaveTextContent('王新');
    expect(pendingTable).toHaveTextContent('拍照点工作人员');

    await user.click(within(pendingTable).getByRole('button', { name: '撤销：new@example.com' }));
    const dialog = screen.getByRole('alertdialog', { name: '撤销对 new@example.com 的邀请？' });
    await user.click(within(dialog).getByRole('button', { name: '撤销邀请' }));
    expect(await screen.findByText('已撤销对 new@example.com 的邀请。')).toBeVisible();
    expect(api.to(`POST /api/admin/invitations/${INVITE}/revoke`)).toHaveLength(1);
  });

  it('puts an address that already has an account on the email field', async () => {
    adminApi({ 'POST /api/admin/invitations': () => problem(409, 'EMAIL_TAKEN') });
    const { user } = renderApp('/admin/users');
    await accountsTable();
    await user.type(screen.getByLabelText('被邀请人邮箱'), 'li@example.com');
    await user.type(screen.getByLabelText('被邀请人姓名'), '李');
    await user.click(screen.getByRole('button', { name: '发送邀请' }));
    await waitFor(() => expect(screen.getByLabelText('被邀请人邮箱')).toHaveAccessibleDescription(/该邮箱已有账号/));
  });
});
