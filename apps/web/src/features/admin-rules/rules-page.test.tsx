// The rules page as an admin uses it: the province table with each province's sheet, app check and bureau days,
// editing one province with a reason, the API's conflict in words, and the suffix list's add, remove and publish.
import type { ProvinceRuleSet, ProvinceRulesHistory, SuffixHistory, SuffixListView } from '@beian/contracts';
import { PROVINCE_RULES } from '@beian/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createQueryClient } from '../../app/query-client.ts';
import { fakeApi, json, problem, type SentRequest } from '../../test/fake-api.ts';
import { RulesPage } from './rules-page.tsx';

const SHIPPED_AT = '2026-11-30T02:00:00.000Z';
const ruleSet = (version = 1): ProvinceRuleSet => ({
  version,
  author: null,
  createdAt: SHIPPED_AT,
  reason: 'shipped data',
  provinces: Object.values(PROVINCE_RULES).map((r) => JSON.parse(JSON.stringify(r))),
});
const history: ProvinceRulesHistory = {
  versions: [
    {
      version: 2,
      author: { id: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b01', displayName: '王管理' },
      createdAt: '2026-12-01T06:30:00.000Z',
      reason: '广东管局通知',
      changes: [{ field: '44.bureauReviewWorkingDays', before: 20, after: 25 }],
    },
    { version: 1, author: null, createdAt: SHIPPED_AT, reason: 'shipped data', changes: [] },
  ],
};
const suffixes: SuffixListView = {
  version: 1,
  author: null,
  createdAt: SHIPPED_AT,
  reason: 'shipped data',
  asOf: '2025-06-01',
  suffixes: ['com', 'cn', 'com.cn'],
};
const suffixHistory: SuffixHistory = {
  versions: [{ ...suffixes, previousAsOf: null, added: [], removed: [] }],
};

function adminApi(routes: Record<string, (request: SentRequest) => Response> = {}) {
  return fakeApi({
    'GET /api/admin/rules': () => json(200, ruleSet()),
    'GET /api/admin/rules/versions': () => json(200, history),
    'GET /api/admin/suffixes': () => json(200, suffixes),
    'GET /api/admin/suffixes/versions': () => json(200, suffixHistory),
    ...routes,
  });
}

function renderPage() {
  const user = userEvent.setup();
  render(
    <Providers queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={['/admin/rules']}>
        <RulesPage />
      </MemoryRouter>
    </Providers>,
  );
  return { user };
}

const provinceRow = async (name: string) =>
  (await screen.findByRole('rowheader', { name })).closest('tr') as HTMLElement;

describe('rules page', () => {
  it("shows each province's sheet requirements, app check and bureau days, and the history of changes", async () => {
    adminApi();
    renderPage();
    // The province rules and the suffix list are each at their version 1.
    expect(await screen.findAllByText('当前版本：第 1 版')).toHaveLength(2);
    expect(
      within(await provinceRow('广东'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['签字 · 手抄承诺（个人）', '不可用', '20 个工作日', '编辑']);
    expect(within(await provinceRow('上海')).getByText('可用')).toBeInTheDocument();
    expect(within(await provinceRow('新疆')).getByText('签字 · 按手印')).toBeInTheDocument();
    const historyTable = await screen.findByRole('table', { name: '版本历史（从新到旧）' });
    expect(within(historyTable).getByText('广东 · 审核时限（工作日）：20 → 25')).toBeInTheDocument();
    expect(within(historyTable).getByText('王管理')).toBeInTheDocument();
  });

  it('publishes one province with the version seen and a reason, and says a conflict in words', async () => {
    let answer = () => problem(409, 'RULES_VERSION_CONFLICT');
    const api = adminApi({ 'POST /api/admin/rules': () => answer() });
    const { user } = renderPage();
    await user.click(within(await provinceRow('江西')).getByRole('button', { name: '编辑江西的规则' }));
    const form = await screen.findByRole('form', { name: '编辑江西的规则' });
    expect(within(form).getByLabelText('核验单需按手印')).toBeChecked();

    await user.click(within(form).getByRole('button', { name: '发布新版本' }));
    expect(await within(form).findByText('此项为必填项')).toBeInTheDocument();
    expect(api.to('POST /api/admin/rules')).toHaveLength(0);

    await user.click(within(form).getByLabelText('核验单需按手印'));
    const days = within(form).getByLabelText('管局审核时限（工作日）', { exact: false });
    await user.clear(days);
    await user.type(days, '30');
    await user.type(within(form).getByLabelText('修改原因', { exact: false }), '江西管局取消按手印');
    await user.click(within(form).getByRole('button', { name: '发布新版本' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('其他管理员刚刚发布了新版本的规则');
    expect(api.to('POST /api/admin/rules')[0]?.body).toEqual({
      baseVersion: 1,
      reason: '江西管局取消按手印',
      provinces: {
        '36': {
          verificationSheet: { fingerprint: false, handwrittenPledge: null },
          appCheckEligible: false,
          bureauReviewWorkingDays: 30,
        },
      },
    });

    answer = () => json(201, ruleSet(2));
    await user.click(within(form).getByRole('button', { name: '发布新版本' }));
    expect(await screen.findByText('已发布第 2 版。之后创建的订单将使用新规则。')).toBeInTheDocument();
  }, 20_000);

  it('removes and adds suffixes (Chinese kept in Punycode) and publishes them with the date and reason', async () => {
    const api = adminApi({ 'POST /api/admin/suffixes': () => json(201, { ...suffixes, version: 2 }) });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: '移除 com.cn' }));
    const add = screen.getByLabelText('添加后缀', { exact: false });
    await user.type(add, 'com{Enter}');
    expect(await screen.findByText('com 已在清单中。')).toBeInTheDocument();
    await user.clear(add);
    await user.type(add, '.中国');
    await user.click(screen.getByRole('button', { name: '添加' }));
    expect(screen.getByText('将添加：xn--fiqs8s')).toBeInTheDocument();
    expect(screen.getByText('将移除：com.cn')).toBeInTheDocument();
    const asOf = screen.getByLabelText('清单日期', { exact: false });
    await user.clear(asOf);
    await user.type(asOf, '2026-11-30');
    const publishButtons = screen.getAllByRole('button', { name: '发布新版本' });
    await user.type(screen.getByLabelText('修改原因', { exact: false }), '工信部更新清单');
    await user.click(publishButtons[publishButtons.length - 1] as HTMLElement);
    expect(await screen.findByText('已发布第 2 版后缀清单。')).toBeInTheDocument();
    expect(api.to('POST /api/admin/suffixes')[0]?.body).toEqual({
      baseVersion: 1,
      asOf: '2026-11-30',
      reason: '工信部更新清单',
      suffixes: ['com', 'cn', 'xn--fiqs8s'],
    });
  }, 20_000);
});
