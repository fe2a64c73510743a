// The holiday calendar page as an admin uses it: the years and what is missing, a 2027 schedule pasted from the
// notice and checked before it is sent, the publish with its reason, and another admin's publish in the meantime.
// The 2027 dates are illustrative, not the State Council's.
import type { CalendarOverview, CalendarYearDetail } from '@beian/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem, type SentRequest } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const ADMIN = '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b11';
const NOTICE =
  '一、元旦：1月1日（周五）放假，共1天。\n二、春节：2月5日（农历腊月二十九）至11日（农历正月初五）放假调休，共7天。1月31日（星期日）、2月20日（星期六）上班。';

const overview = (published: boolean): CalendarOverview => ({
  coverage: {
    coveredYears: published ? [2025, 2026, 2027] : [2025, 2026],
    currentYear: 2026,
    nextYear: 2027,
    currentYearCovered: true,
    nextYearCovered: published,
    coveredThrough: published ? 2027 : 2026,
    warn: !published,
  },
  years: [
    published
      ? {
          year: 2027,
          source: 'PUBLISHED',
          version: 1,
          holidays: 8,
          makeUpWorkdays: 2,
          author: { id: ADMIN, displayName: '王管理' },
          publishedAt: '2026-12-03T02:00:00.000Z',
          reason: '国务院通知',
        }
      : {
          year: 2027,
          source: 'NONE',
          version: null,
          holidays: 0,
          makeUpWorkdays: 0,
          author: null,
          publishedAt: null,
          reason: null,
        },
    {
      year: 2026,
      source: 'BUILT_IN',
      version: null,
      holidays: 33,
      makeUpWorkdays: 6,
      author: null,
      publishedAt: null,
      reason: null,
    },
  ],
});

const empty2027: CalendarYearDetail = {
  year: 2027,
  source: 'NONE',
  version: 0,
  holidays: [],
  makeUpWorkdays: [],
  history: [],
};

const published2027 = (version: number, reason: string): CalendarYearDetail => ({
  year: 2027,
  source: 'PUBLISHED',
  version,
  holidays: ['2027-01-01', '2027-02-05'],
  makeUpWorkdays: ['2027-01-31'],
  history: Array.from({ length: version }, (_, i) => ({
    version: version - i,
    holidays: ['2027-01-01', '2027-02-05'],
    makeUpWorkdays: ['2027-01-31'],
    reason: i === 0 ? reason : '国务院通知',
    author: { id: ADMIN, displayName: '王管理' },
    publishedAt: '2026-12-03T02:00:00.000Z',
  })),
});

function adminApi(publish: (request: SentRequest) => Response, year: () => CalendarYearDetail = () => empty2027) {
  let published = false;
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('ADMIN', { id: ADMIN }) }),
    'GET /api/admin/calendar': () => json(200, overview(published)),
    'GET /api/admin/calendar/years/2027': () => json(200, year()),
    'POST /api/admin/calendar/years/2027': (request) => {
      const answer = publish(request);
      published = answer.ok;
      return answer;
    },
  });
}

const dayList = (name: string) => screen.getByRole('group', { name });
const listedDays = (name: string) =>
  within(dayList(name))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('holiday calendar page', () => {
  it('lists the years with their source, warns that next year is missing, and is in the admin navigation', async () => {
    adminApi(() => problem(500, 'INTERNAL'));
    renderApp('/admin/calendar');

    expect(await screen.findByRole('heading', { level: 1, name: '节假日日历' })).toBeVisible();
    expect(await screen.findByText('尚未录入 2027 年的放假安排', { exact: false })).toBeVisible();
    const table = screen.getByRole('table', { name: '各年份的放假安排（从新到旧）' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['2027', '2026']);
    expect(within(rows[0] as HTMLElement).getByText('未录入')).toBeVisible();
    expect(within(rows[1] as HTMLElement).getByText('内置数据')).toBeVisible();
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: '编辑 2027 年' })).toHaveAttribute(
      'href',
      '/admin/calendar?year=2027',
    );
    const nav = screen.getByRole('navigation', { name: '管理后台导航' });
    expect(within(nav).getByRole('link', { name: '节假日' })).toHaveAttribute('href', '/admin/calendar');
  });

  it('reads the pasted notice into both lists, checks each day, and publishes with the reason', async () => {
    const api = adminApi((request) => {
      const body = request.body as { holidays: string[]; makeUpWorkdays: string[]; reason: string };
      return json(201, { ...published2027(1, body.reason), ...body });
    });
    const { user } = renderApp('/admin/calendar?year=2027');

    expect(await screen.findByRole('heading', { level: 2, name: '2027 年放假安排' })).toBeVisible();
    expect(screen.getByText('这一年还没有放假安排。发布后将成为第 1 版。')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: '粘贴国务院通知' }), NOTICE);
    await user.click(screen.getByRole('button', { name: '识别并添加' }));
    expect(screen.getByText('识别到 8 个放假日期、2 个调休上班日期，已加入下面的列表。')).toBeVisible();
    expect(listedDays('放假')).toHaveLength(8);
    expect(listedDays('放假')[0]).toContain('2027-01-01 星期五');
    expect(listedDays('调休上班').map((text) => text?.slice(0, 14))).toEqual([
      '2027-01-31 星期日',
      '2027-02-20 星期六',
    ]);

    // A weekday as a make-up working day is marked and keeps the schedule from being sent.
    fireEvent.change(within(dayList('调休上班')).getByLabelText('添加调休上班日期'), {
      target: { value: '2027-02-17' },
    });
    await user.click(within(dayList('调休上班')).getByRole('button', { name: '添加' }));
    expect(within(dayList('调休上班')).getByText('是工作日，调休上班只能是周六或周日')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /发布原因/ }), '国务院办公厅通知（示例）');
    await user.click(screen.getByRole('button', { name: '发布新版本' }));
    expect(screen.getByText('请先更正标出的日期。')).toBeVisible();
    expect(api.to('POST /api/admin/calendar/years/2027')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '移除调休上班日期 2027-02-17' }));
    await user.click(screen.getByRole('button', { name: '发布新版本' }));
    expect(await screen.findByText('已发布 2027 年第 1 版。此后计算的截止时间按新安排执行。')).toBeVisible();
    expect(api.to('POST /api/admin/calendar/years/2027')[0]?.body).toEqual({
      baseVersion: 0,
      holidays: [
        '2027-01-01',
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
      ],
      makeUpWorkdays: ['2027-01-31', '2027-02-20'],
      reason: '国务院办公厅通知（示例）',
    });
    const history = await screen.findByRole('table', { name: '2027 年已发布的版本（从新到旧）' });
    expect(within(history).getByRole('rowheader', { name: '第 1 版' })).toBeVisible();
    expect(await screen.findByText('节假日日历已覆盖至 2027 年。')).toBeVisible();
  });

  it('asks for a reason and at least one day off before publishing', async () => {
    const api = adminApi(() => problem(500, 'INTERNAL'));
    const { user } = renderApp('/admin/calendar?year=2027');

    await user.click(await screen.findByRole('button', { name: '发布新版本' }));
    expect(await screen.findByText('请至少添加一个放假日期。')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /发布原因/ })).toHaveAttribute('aria-invalid', 'true');
    expect(api.to('POST /api/admin/calendar/years/2027')).toHaveLength(0);
  });

  it('says another admin published meanwhile, and reloads their version to start from', async () => {
    let current = published2027(1, '国务院通知');
    adminApi(
      () => {
        current = published2027(2, '另一位管理员的更正');
        return problem(409, 'CALENDAR_VERSION_CONFLICT');
      },
      () => current,
    );
    const { user } = renderApp('/admin/calendar?year=2027');

    expect(await screen.findByText('当前执行第 1 版。发布后将成为第 2 版。')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /发布原因/ }), '补充');
    await user.click(screen.getByRole('button', { name: '发布新版本' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('这一年刚被其他管理员发布了新版本');
    await user.click(within(alert).getByRole('button', { name: '重新载入' }));
    expect(await screen.findByText('当前执行第 2 版。发布后将成为第 3 版。')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /发布原因/ })).toHaveValue('');
  });
});
