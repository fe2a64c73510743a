// Step 4's first page: the initial review passed (in Beijing time), the order number to copy, each photo method with
// whether this filing may use it and how it works, and the way back while the step is not open yet.
import type { FilingDetail, PhotoStep } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../../test/filing-fixtures.ts';
import { photoStepFixture } from '../../../../test/photo-step-fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { filingKeys } from '../../api/filing-queries.ts';

const photoStep = (overrides: Partial<PhotoStep> = {}) => photoStepFixture({ orderNo: approved.orderNo, ...overrides });

const BASE = `/console/filings/${FILING_ID}`;
const approved = filingDetail({
  status: 'PHOTO_PENDING',
  nextAction: 'TAKE_PHOTO',
  version: 9,
  steps: { verify: true, subject: true, websites: true },
});

const DIRECTORY = {
  total: 1,
  provinces: [
    {
      province: '44',
      cities: [
        {
          city: '广州市',
          points: [
            {
              id: '5b7e2d10-1c3a-4f5e-9d8c-7b6a5f4e3d2c',
              province: '44',
              city: '广州市',
              name: '广州天河拍照点',
              address: '广东省广州市天河区天河路 208 号',
              hours: '周一至周五 09:00-17:30',
              phone: '020-3887 1542',
              mapUrl: 'https://uri.amap.com/search?keyword=x',
            },
          ],
        },
      ],
    },
  ],
};

function api(
  filing: FilingDetail,
  answer: () => Response | Promise<Response>,
  more: Parameters<typeof fakeApi>[0] = {},
) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET /api/filings/${FILING_ID}`]: () => json(200, filing),
    [`GET /api/filings/${FILING_ID}/photo`]: answer,
    'GET /api/photo-points': () => json(200, DIRECTORY),
    'GET /api/curtain-request': () => json(200, { request: null, furtherRequestGranted: false }),
    ...more,
  });
}

describe('the photo step', () => {
  it('says the initial review passed, copies the order number and offers the Shanghai app check', async () => {
    api(approved, () => json(200, photoStep()));
    const { user } = renderApp(`${BASE}/photo`);

    expect(await screen.findByRole('heading', { level: 1, name: '办理拍照' })).toBeVisible();
    const passed = await screen.findByText('初审已通过');
    expect(passed.closest('.alert')).toHaveTextContent('2026-12-07 11:00（北京时间）通过初审');

    expect(screen.getByRole('heading', { level: 2, name: '订单号' })).toBeVisible();
    expect(screen.getByText(approved.orderNo)).toHaveClass('photo-order__number');
    await user.click(screen.getByRole('button', { name: `复制订单号 ${approved.orderNo}` }));
    expect(await screen.findByText('订单号已复制。')).toHaveAttribute('aria-live', 'polite');
    expect(await navigator.clipboard.readText()).toBe(approved.orderNo);

    expect(screen.getByRole('heading', { level: 2, name: '拍照方式' })).toBeVisible();
    const app = screen.getByRole('region', { name: '上海 App 核验' });
    expect(app).toHaveTextContent('可使用');
    expect(app).not.toHaveTextContent('不可使用');
    const point = screen.getByRole('region', { name: '拍照点拍照' });
    expect(point).toHaveTextContent('携带身份证件原件和订单号，前往任意一家指定拍照点（不限于上海）');
    expect(point).toHaveTextContent('工作人员凭订单号找到订单，现场拍照并代为上传');
    const curtain = screen.getByRole('region', { name: '幕布邮寄' });
    expect(curtain).toHaveTextContent('每个账号可免费申请一次幕布');
    expect(curtain).toHaveTextContent('工作日 16:00（北京时间）前提交的申请当天寄出');
    expect(curtain).toHaveTextContent('仅支持 JPEG 格式，大小不超过 2 MB');
    // The app check's own panel offers its QR code (app-check-method.test.tsx).
    expect(within(app).getByRole('button', { name: '生成二维码' })).toBeVisible();
    // The photo points are listed (see point-directory.test.tsx); the curtain's actions are tested in curtain/.
    expect(await within(point).findByRole('heading', { level: 5, name: '广州天河拍照点' })).toBeInTheDocument();

    const next = screen.getByRole('heading', { level: 2, name: '接下来' }).closest('section') as HTMLElement;
    expect(next).toHaveTextContent('复审在 1 个工作日内完成');
    expect(next).toHaveTextContent('会附上原因退回');
    // The stepper marks the photo step as the current one.
    const steps = screen.getByRole('navigation', { name: '备案步骤' });
    expect(within(steps).getByText('办理拍照').closest('[aria-current="step"]')).not.toBeNull();
  });

  it('says why the app check is closed to a filing outside Shanghai', async () => {
    api({ ...approved, province: '44' }, () =>
      json(
        200,
        photoStep({
          province: '44',
          methods: [
            { name: 'APP_CHECK', status: 'fail', reason: 'APP_CHECK_PROVINCE' },
            { name: 'PHOTO_POINT', status: 'pass' },
            { name: 'CURTAIN', status: 'pass' },
          ],
        }),
      ),
    );
    renderApp(`${BASE}/photo`);

    const app = await screen.findByRole('region', { name: '上海 App 核验' });
    expect(app).toHaveTextContent('不可使用');
    expect(app).toHaveTextContent('仅上海的备案可使用 App 核验');
    expect(screen.getByRole('region', { name: '拍照点拍照' })).toHaveTextContent(
      '前往任意一家指定拍照点（不限于广东）',
    );
    expect(screen.getByRole('region', { name: '幕布邮寄' })).toHaveTextContent('可使用');
  });

  it('says the photo is in the second review once it has been submitted', async () => {
    api({ ...approved, status: 'SECOND_REVIEW', nextAction: 'WAIT_FOR_REVIEW' }, () =>
      json(200, photoStep({ status: 'SECOND_REVIEW' })),
    );
    renderApp(`${BASE}/photo`);

    expect(await screen.findByText('核验照片已提交，正在复审，复审在 1 个工作日内完成。')).toBeVisible();
    expect(screen.getByText('初审已通过')).toBeVisible();
    expect(screen.queryByRole('heading', { name: '拍照方式' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /复制订单号/ })).not.toBeInTheDocument();
  });

  it('explains that the step is not open yet and links back to the submission', async () => {
    const fake = api({ ...approved, status: 'INITIAL_REVIEW', nextAction: 'WAIT_FOR_REVIEW' }, () =>
      problem(409, 'PHOTO_STEP_NOT_OPEN'),
    );
    renderApp(`${BASE}/photo`);

    expect(await screen.findByText('订单通过初审后才能办理拍照核验。')).toBeVisible();
    expect(screen.getByRole('link', { name: '查看提交审核' })).toHaveAttribute('href', `${BASE}/review`);
    expect(screen.queryByText('初审已通过')).not.toBeInTheDocument();
    // A 409 will not change on its own: asked once, not retried.
    expect(fake.to(`GET /api/filings/${FILING_ID}/photo`)).toHaveLength(1);
  });

  it('opens at the photo step when the filing is waiting for its photo', async () => {
    api(approved, () => json(200, photoStep()));
    const { router } = renderApp(BASE);

    expect(await screen.findByRole('heading', { level: 2, name: '拍照方式' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`${BASE}/photo`);
  });

  it('keeps the step on screen while the step of the filing’s next version is read', async () => {
    let answerNext: (response: Response) => void = () => {};
    let reads = 0;
    api(approved, () => {
      reads += 1;
      if (reads === 1) return json(200, photoStep());
      return new Promise<Response>((resolve) => {
        answerNext = resolve;
      });
    });
    const { queryClient } = renderApp(`${BASE}/photo`);
    expect(await screen.findByRole('heading', { level: 2, name: '拍照方式' })).toBeVisible();

    // As the wizard stores a filing it has read again, say after a photo was sent.
    queryClient.setQueryData(filingKeys.detail(FILING_ID), { ...approved, status: 'SECOND_REVIEW', version: 10 });
    await waitFor(() => expect(reads).toBe(2));
    expect(screen.queryByText('正在加载…')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '拍照方式' })).toBeVisible();

    answerNext(json(200, photoStep({ status: 'SECOND_REVIEW' })));
    expect(await screen.findByText('核验照片已提交，正在复审，复审在 1 个工作日内完成。')).toBeVisible();
    expect(screen.queryByRole('heading', { level: 2, name: '拍照方式' })).not.toBeInTheDocument();
  });

  it('never shows one filing’s step while another filing’s is read', async () => {
    const other = filingDetail({ ...approved, id: 'f6a1c2d3-4b5e-4f60-8a7b-9c0d1e2f3a4b', orderNo: 'BA2026112900099' });
    const fake = api(approved, () => json(200, photoStep()), {
      [`GET /api/filings/${other.id}`]: () => json(200, other),
      // The other filing's step is still on its way when the page is checked.
      [`GET /api/filings/${other.id}/photo`]: () => new Promise<Response>(() => {}),
    });
    const { router, queryClient } = renderApp(`${BASE}/photo`);
    expect(await screen.findByText(approved.orderNo)).toBeVisible();

    queryClient.setQueryData(filingKeys.detail(other.id), other);
    await router.navigate(`/console/filings/${other.id}/photo`);
    await waitFor(() => expect(fake.to(`GET /api/filings/${other.id}/photo`).length).toBeGreaterThan(0));
    expect(screen.queryByText(approved.orderNo)).not.toBeInTheDocument();
    expect(screen.getByText('正在加载…')).toBeInTheDocument();
  });
});
