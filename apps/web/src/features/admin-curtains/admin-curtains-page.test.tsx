// The curtain desk as an admin uses it: today's batch with its count and the CSV download, the filtered list,
// shipping, delivery and return per row with the API's refusal in words, the tracking import's per-row report and
// the grant of a further curtain.
import type { AdminCurtainPage, AdminCurtainRow } from '@beian/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../app/providers.tsx';
import { createQueryClient } from '../../app/query-client.ts';
import { fakeApi, json, problem } from '../../test/fake-api.ts';
import { expectHeadingsDescendOneLevelAtATime } from '../../test/heading-levels.ts';
import { AdminCurtainsPage } from './admin-curtains-page.tsx';

const WAITING = '7d1f4a52-4f0e-4b7a-9d55-0d8b5c1f2a10';
const SHIPPED = '7d1f4a52-4f0e-4b7a-9d55-0d8b5c1f2a11';
const BATCH = '/api/admin/curtains?batch=today&page=1&pageSize=50';

function curtainRow(overrides: Partial<AdminCurtainRow> = {}): AdminCurtainRow {
  return {
    id: WAITING,
    filingId: '0b0c7d7e-2a54-4a3c-8f51-3c1e9e1d1f00',
    orderNo: 'BA2026120700001',
    accountId: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b11',
    sequence: 1,
    status: 'REQUESTED',
    postagePaidByApplicant: false,
    recipient: '陈晓明',
    mobileMasked: '139****9000',
    provinceCode: '44',
    provinceName: '广东省',
    cityName: '深圳市',
    districtName: '南山区',
    addressDetail: '科技园科苑路 15 号',
    plannedDispatchDate: '2026-12-07',
    trackingNo: null,
    // Monday 7 December, 09:00 Beijing.
    requestedAt: '2026-12-07T01:00:00.000Z',
    shippedAt: null,
    deliveredAt: null,
    returnedAt: null,
    ...overrides,
  };
}

const pageOf = (rows: AdminCurtainRow[], batchCount = rows.length): AdminCurtainPage => ({
  rows,
  total: rows.length,
  page: 1,
  pageSize: 50,
  today: '2026-12-07',
  batchThrough: '2026-12-07',
  batchCount,
});

const shippedRow = curtainRow({
  id: SHIPPED,
  orderNo: 'BA2026120400002',
  status: 'SHIPPED',
  postagePaidByApplicant: true,
  sequence: 2,
  trackingNo: 'SF1000000000017',
  plannedDispatchDate: '2026-12-04',
  shippedAt: '2026-12-04T08:00:00.000Z',
});

function renderPage() {
  const user = userEvent.setup();
  render(
    <Providers queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={['/admin/curtains']}>
        <AdminCurtainsPage />
      </MemoryRouter>
    </Providers>,
  );
  return { user };
}

const rowOf = async (orderNo: string) =>
  (await screen.findByRole('rowheader', { name: orderNo })).closest('tr') as HTMLElement;

describe('the curtain desk', () => {
  it('has headings that go down one level at a time, the batch export under the page title', async () => {
    fakeApi({ [`GET ${BATCH}`]: () => json(200, pageOf([curtainRow()])) });
    renderPage();
    await rowOf('BA2026120700001');
    expect(screen.getByRole('heading', { name: '导出今日批次' }).tagName).toBe('H2');
    expectHeadingsDescendOneLevelAtATime();
  });

  it("opens on today's batch with its count and the courier's CSV, and filters the whole list", async () => {
    const fake = fakeApi({
      [`GET ${BATCH}`]: () => json(200, pageOf([curtainRow()])),
      'GET /api/admin/curtains': () => json(200, pageOf([curtainRow(), shippedRow], 1)),
    });
    const { user } = renderPage();

    expect(await screen.findByRole('button', { name: '今日批次（1）', pressed: true })).toBeVisible();
    const table = await screen.findByRole('table', { name: /批次：2026-12-07 及之前计划寄出/ });
    const row = await rowOf('BA2026120700001');
    expect(row).toHaveTextContent('陈晓明');
    expect(row).toHaveTextContent('139****9000');
    expect(row).toHaveTextContent('广东省 深圳市 南山区');
    expect(row).toHaveTextContent('待寄出');
    expect(row).toHaveTextContent('免费（寄付月结）');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute('href', '/api/admin/curtains/batch.csv');

    // The next working day's parcels, prepared in advance: the list and the download follow the chosen day.
    const through = screen.getByLabelText('包含计划寄出日期截至');
    expect(through).toHaveValue('2026-12-07');
    fireEvent.change(through, { target: { value: '2026-12-08' } });
    await waitFor(() =>
      expect(fake.sent.map((r) => r.path)).toContain(
        '/api/admin/curtains?batch=today&through=2026-12-08&page=1&pageSize=50',
      ),
    );
    expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute(
      'href',
      '/api/admin/curtains/batch.csv?through=2026-12-08',
    );

    await user.click(screen.getByRole('button', { name: '全部申请' }));
    expect(await rowOf('BA2026120400002')).toHaveTextContent('补寄（到付）');
    await user.selectOptions(screen.getByRole('combobox', { name: '状态' }), '已寄出');
    await user.selectOptions(screen.getByRole('combobox', { name: '省份' }), '广东');
    await user.type(screen.getByLabelText('计划寄出日期（起）'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: '筛选' }));
    await waitFor(() =>
      expect(fake.sent.map((r) => r.path)).toContain(
        '/api/admin/curtains?status=SHIPPED&provinceCode=44&from=2026-12-01&page=1&pageSize=50',
      ),
    );
  });

  it('records a tracking number, marks delivery and return, and words a refusal', async () => {
    let rows = [curtainRow(), shippedRow];
    const fake = fakeApi({
      'GET /api/admin/curtains': () => json(200, pageOf(rows)),
      [`POST /api/admin/curtains/${WAITING}/ship`]: () => {
        rows = [curtainRow({ status: 'SHIPPED', trackingNo: 'SF1000000000025' }), shippedRow];
        return json(200, rows[0]);
      },
      [`POST /api/admin/curtains/${SHIPPED}/return`]: () => problem(409, 'CURTAIN_ALREADY_DELIVERED'),
      [`POST /api/admin/curtains/${SHIPPED}/deliver`]: () =>
        json(200, { ...shippedRow, status: 'DELIVERED', deliveredAt: '2026-12-07T03:00:00.000Z' }),
    });
    const { user } = renderPage();

    const waiting = await rowOf('BA2026120700001');
    await user.type(within(waiting).getByLabelText('BA2026120700001 的运单号'), 'sf1000000000025');
    await user.click(within(waiting).getByRole('button', { name: '记录寄出' }));
    expect(await screen.findByText('BA2026120700001 已记录运单号 SF1000000000025，已通知申请人。')).toBeVisible();
    expect(fake.to(`POST /api/admin/curtains/${WAITING}/ship`)[0]?.body).toEqual({ trackingNo: 'sf1000000000025' });
    await waitFor(async () => expect(await rowOf('BA2026120700001')).toHaveTextContent('SF1000000000025'));

    const shipped = await rowOf('BA2026120400002');
    const reason = within(shipped).getByLabelText(/BA2026120400002 的退回原因/);
    expect(within(shipped).getByRole('button', { name: '标记退回' })).toBeDisabled();
    await user.type(reason, '地址错误');
    await user.click(within(shipped).getByRole('button', { name: '标记退回' }));
    expect(await screen.findByText(/这块幕布已签收，不能再更改/)).toBeVisible();
    expect(fake.to(`POST /api/admin/curtains/${SHIPPED}/return`)[0]?.body).toEqual({ reason: '地址错误' });

    await user.click(within(await rowOf('BA2026120400002')).getByRole('button', { name: '标记签收' }));
    expect(await screen.findByText('BA2026120400002 已标记签收。')).toBeVisible();
  });

  it('imports the courier file read as text and lists the bad rows with their row number and why', async () => {
    const fake = fakeApi({
      [`GET ${BATCH}`]: () => json(200, pageOf([curtainRow()])),
      'POST /api/admin/curtains/tracking-import': () =>
        json(200, {
          applied: [{ row: 2, id: WAITING, orderNo: 'BA2026120700001', trackingNo: 'SF1000000000025' }],
          unchanged: [],
          rejected: [
            {
              row: 3,
              reference: 'BA2026120700009',
              trackingNo: 'SF123',
              problem: 'TRACKING_NO_MALFORMED',
              detail: 'Not an SF tracking number.',
            },
          ],
        }),
    });
    const { user } = renderPage();
    const csv = '用户订单号,运单号\r\nBA2026120700001,SF1000000000025\r\nBA2026120700009,SF123\r\n';

    await user.click(await screen.findByRole('button', { name: '导入' }));
    expect(await screen.findByText('请先选择 CSV 文件。')).toBeVisible();
    await user.upload(screen.getByLabelText('CSV 文件'), new File([csv], 'sf.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: '导入' }));

    expect(await screen.findByText('已记录 1 行，无需更改 0 行，有问题 1 行。')).toBeVisible();
    const report = screen.getByRole('table', { name: '有问题的行' });
    const bad = within(report).getByRole('rowheader', { name: '3' }).closest('tr') as HTMLElement;
    expect(bad).toHaveTextContent('BA2026120700009');
    expect(bad).toHaveTextContent('运单号格式不正确');
    expect(fake.to('POST /api/admin/curtains/tracking-import')[0]?.body).toEqual({ csv });
  });

  it('grants a further curtain by email, and says why a grant is refused', async () => {
    let answer = problem(409, 'CURTAIN_GRANT_NOT_NEEDED');
    const fake = fakeApi({
      [`GET ${BATCH}`]: () => json(200, pageOf([])),
      'POST /api/admin/curtain-grants': () => answer,
    });
    const { user } = renderPage();
    const form = await screen.findByRole('form', { name: '授权补寄幕布' });

    await user.click(within(form).getByRole('button', { name: '授权补寄' }));
    expect(await within(form).findAllByText('此项为必填项')).not.toHaveLength(0);
    await user.type(within(form).getByLabelText(/申请人邮箱/), 'chen@example.com');
    await user.type(within(form).getByLabelText(/补寄原因/), '快递丢失');
    await user.click(within(form).getByRole('button', { name: '授权补寄' }));
    expect(await within(form).findByText(/无需补寄授权/)).toBeVisible();

    answer = json(201, {
      id: '5a1f4a52-4f0e-4b7a-9d55-0d8b5c1f2a10',
      accountId: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b11',
      email: 'chen@example.com',
      reason: '快递丢失',
      grantedAt: '2026-12-07T03:00:00.000Z',
      usedAt: null,
    });
    await user.click(within(form).getByRole('button', { name: '授权补寄' }));
    expect(await within(form).findByText(/已为 chen@example.com 授权补寄一块幕布/)).toBeVisible();
    expect(fake.to('POST /api/admin/curtain-grants').at(-1)?.body).toEqual({
      email: 'chen@example.com',
      reason: '快递丢失',
    });
  });
});
