// The curtain method on the photo step: the request form (real provinces, cities and districts), the planned
// dispatch, the tracking once shipped, a second request refused, the retake after a rejected photo, and the upload.
import type { CurtainRequest, FilingDetail, PhotoStep } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { account, fakeApi, json } from '../../../../../test/fake-api.ts';
import { fakeXhr, formFields } from '../../../../../test/fake-xhr.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../../../test/filing-fixtures.ts';
import { METHODS_OUTSIDE_SHANGHAI, photoStepFixture } from '../../../../../test/photo-step-fixtures.ts';
import { renderApp } from '../../../../../test/render-app.tsx';

const BASE = `/console/filings/${FILING_ID}`;
const pending = filingDetail({
  status: 'PHOTO_PENDING',
  nextAction: 'TAKE_PHOTO',
  version: 9,
  steps: { verify: true, subject: true, websites: true },
});

const photoStep = (overrides: Partial<PhotoStep> = {}) =>
  photoStepFixture({ orderNo: pending.orderNo, province: '44', methods: METHODS_OUTSIDE_SHANGHAI, ...overrides });

function curtainRequest(overrides: Partial<CurtainRequest> = {}): CurtainRequest {
  return {
    id: '7d1f4a52-4f0e-4b7a-9d55-0d8b5c1f2a10',
    filingId: FILING_ID,
    orderNo: pending.orderNo,
    status: 'REQUESTED',
    sequence: 1,
    postagePaidByApplicant: false,
    recipient: '陈晓明',
    mobileMasked: '139****9000',
    provinceCode: '44',
    cityCode: '440300',
    districtCode: '440305',
    addressDetail: '科技园科苑路 15 号',
    address: '广东省深圳市南山区科技园科苑路 15 号',
    // Monday 17:00 Beijing: it ships on Tuesday.
    requestedAt: '2026-12-07T09:00:00.000Z',
    plannedDispatchDate: '2026-12-08',
    trackingNo: null,
    shippedAt: null,
    shipment: null,
    ...overrides,
  };
}

function api(
  { filing = pending, step = photoStep(), request = null as CurtainRequest | null } = {},
  extra: Record<string, Parameters<typeof fakeApi>[0][string]> = {},
) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET /api/filings/${FILING_ID}`]: () => json(200, filing),
    [`GET /api/filings/${FILING_ID}/photo`]: () => json(200, step),
    'GET /api/curtain-request': () => json(200, { request, furtherRequestGranted: false }),
    ...extra,
  });
}

/** The API's refusal of a second request, with the first request as its member. */
const alreadyRequested = (firstRequest: object) =>
  json(409, {
    type: 'urn:beian:problem:curtain-already-requested',
    title: 'Conflict',
    status: 409,
    code: 'CURTAIN_ALREADY_REQUESTED',
    detail: 'Each account gets one free curtain.',
    firstRequest,
  });

const curtainRegion = () => screen.findByRole('region', { name: '幕布邮寄' });

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});

describe('the curtain method', () => {
  it('asks for the address with real provinces, cities and districts, and shows the planned date once sent', async () => {
    const fake = api(undefined, {
      [`POST /api/filings/${FILING_ID}/curtain-request`]: () => json(201, curtainRequest()),
    });
    const { user } = renderApp(`${BASE}/photo`);
    const region = await curtainRegion();
    const form = await within(region).findByRole('form', { name: '申请免费幕布' });
    expect(form).toHaveTextContent('每个账号只能免费申请一次');

    await user.type(within(form).getByLabelText(/收件人\s*\*?$/), '陈晓明');
    await user.type(within(form).getByLabelText(/收件人手机号/), '139 0013 9000');
    const province = within(form).getByRole('combobox', { name: /省份/ });
    await waitFor(() => expect(province).toBeEnabled());
    expect(within(province).getAllByRole('option')).toHaveLength(32);
    await user.selectOptions(province, '广东省');
    const city = within(form).getByRole('combobox', { name: /城市/ });
    expect(within(city).getByRole('option', { name: '深圳市' })).toBeInTheDocument();
    await user.selectOptions(city, '深圳市');
    const district = within(form).getByRole('combobox', { name: /区县/ });
    expect(within(district).queryByRole('option', { name: '天河区' })).not.toBeInTheDocument();
    await user.selectOptions(district, '南山区');
    await user.type(within(form).getByLabelText(/详细地址/), '科技园科苑路 15 号');
    await user.click(within(form).getByRole('button', { name: '提交申请' }));

    expect(await within(region).findByText('2026-12-08', { selector: 'dd' })).toBeVisible();
    expect(fake.to(`POST /api/filings/${FILING_ID}/curtain-request`)[0]?.body).toEqual({
      recipient: '陈晓明',
      mobile: '13900139000',
      provinceCode: '44',
      cityCode: '440300',
      districtCode: '440305',
      addressDetail: '科技园科苑路 15 号',
    });
    expect(region).toHaveTextContent('幕布计划于 2026-12-08 寄出');
    expect(within(region).queryByRole('form', { name: '申请免费幕布' })).not.toBeInTheDocument();
  });

  it('empties the city and district when the province changes, and words what is wrong before sending', async () => {
    const fake = api();
    const { user } = renderApp(`${BASE}/photo`);
    const form = await within(await curtainRegion()).findByRole('form', { name: '申请免费幕布' });
    const province = within(form).getByRole('combobox', { name: /省份/ });
    await waitFor(() => expect(province).toBeEnabled());
    await user.selectOptions(province, '广东省');
    await user.selectOptions(within(form).getByRole('combobox', { name: /城市/ }), '广州市');
    await user.selectOptions(province, '上海市');
    expect(within(form).getByRole('combobox', { name: /城市/ })).toHaveValue('');
    expect(within(form).getByRole('combobox', { name: /区县/ })).toHaveValue('');

    await user.type(within(form).getByLabelText(/收件人手机号/), '12345');
    await user.click(within(form).getByRole('button', { name: '提交申请' }));
    expect(await within(form).findByText('请输入 11 位中国大陆手机号')).toBeVisible();
    expect(within(form).getByLabelText(/收件人手机号/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('combobox', { name: /区县/ })).toHaveAttribute('aria-invalid', 'true');
    expect(fake.to(`POST /api/filings/${FILING_ID}/curtain-request`)).toHaveLength(0);
  });

  it("reads the account's request again when another tab sent it first, and offers its curtain for this order", async () => {
    let request: CurtainRequest | null = null;
    const first = {
      requestedAt: '2026-11-30T02:00:00.000Z',
      orderNo: 'BA2026113000001',
      trackingNo: 'SF1000000000017',
    };
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET /api/filings/${FILING_ID}`]: () => json(200, pending),
      [`GET /api/filings/${FILING_ID}/photo`]: () => json(200, photoStep()),
      'GET /api/curtain-request': () => json(200, { request, furtherRequestGranted: false }),
      [`POST /api/filings/${FILING_ID}/curtain-request`]: () => {
        // Another tab sent it first.
        request = curtainRequest({ filingId: '0b0c7d7e-2a54-4a3c-8f51-3c1e9e1d1f00', orderNo: first.orderNo });
        return alreadyRequested(first);
      },
    });
    const { user } = renderApp(`${BASE}/photo`);
    const region = await curtainRegion();
    const form = await within(region).findByRole('form', { name: '申请免费幕布' });
    await user.type(within(form).getByLabelText(/收件人\s*\*?$/), '陈晓明');
    await user.type(within(form).getByLabelText(/收件人手机号/), '13900139000');
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /省份/ })).toBeEnabled());
    await user.selectOptions(within(form).getByRole('combobox', { name: /省份/ }), '北京市');
    await user.selectOptions(within(form).getByRole('combobox', { name: /城市/ }), '北京市');
    await user.selectOptions(within(form).getByRole('combobox', { name: /区县/ }), '海淀区');
    await user.type(within(form).getByLabelText(/详细地址/), '中关村大街 1 号');
    await user.click(within(form).getByRole('button', { name: '提交申请' }));

    // The account's request is read again: its curtain serves this order too.
    expect(await within(region).findByText(/同一块幕布也可用于本订单的拍照/)).toBeVisible();
    expect(region).toHaveTextContent('BA2026113000001');
  });

  it('offers a granted further curtain with the postage theirs, and shows it as 到付 once sent', async () => {
    const returned = curtainRequest({
      status: 'RETURNED',
      trackingNo: 'SF1000000000017',
      shippedAt: '2026-12-08T02:00:00.000Z',
    });
    let granted = true;
    const fake = fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET /api/filings/${FILING_ID}`]: () => json(200, pending),
      [`GET /api/filings/${FILING_ID}/photo`]: () => json(200, photoStep()),
      'GET /api/curtain-request': () => json(200, { request: returned, furtherRequestGranted: granted }),
      [`POST /api/filings/${FILING_ID}/curtain-request`]: () => {
        granted = false;
        return json(
          201,
          curtainRequest({ id: '7d1f4a52-4f0e-4b7a-9d55-0d8b5c1f2a11', sequence: 2, postagePaidByApplicant: true }),
        );
      },
    });
    const { user } = renderApp(`${BASE}/photo`);
    const region = await curtainRegion();
    const form = await within(region).findByRole('form', { name: '申请补寄幕布（运费到付）' });
    expect(form).toHaveTextContent('运费由您承担');
    expect(region).toHaveTextContent('这块幕布已被快递退回');

    await user.type(within(form).getByLabelText(/收件人\s*\*?$/), '陈晓明');
    await user.type(within(form).getByLabelText(/收件人手机号/), '13900139000');
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /省份/ })).toBeEnabled());
    await user.selectOptions(within(form).getByRole('combobox', { name: /省份/ }), '广东省');
    await user.selectOptions(within(form).getByRole('combobox', { name: /城市/ }), '深圳市');
    await user.selectOptions(within(form).getByRole('combobox', { name: /区县/ }), '南山区');
    await user.type(within(form).getByLabelText(/详细地址/), '科技园科苑路 15 号');
    await user.click(within(form).getByRole('button', { name: '提交补寄申请' }));

    expect(await within(region).findByText(/到付：补寄的幕布运费由您在签收时支付/)).toBeVisible();
    expect(within(region).queryByRole('form')).not.toBeInTheDocument();
    expect(fake.to(`POST /api/filings/${FILING_ID}/curtain-request`)).toHaveLength(1);
  });

  it('shows the refusal of a second request with the first request named', async () => {
    const first = {
      requestedAt: '2026-11-30T02:00:00.000Z',
      orderNo: 'BA2026113000001',
      trackingNo: 'SF1000000000017',
    };
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET /api/filings/${FILING_ID}`]: () => json(200, pending),
      [`GET /api/filings/${FILING_ID}/photo`]: () => json(200, photoStep()),
      // The request is not readable yet (a replica behind): the refusal alone must say enough.
      'GET /api/curtain-request': () => json(200, { request: null, furtherRequestGranted: false }),
      [`POST /api/filings/${FILING_ID}/curtain-request`]: () => alreadyRequested(first),
    });
    const { user } = renderApp(`${BASE}/photo`);
    const form = await within(await curtainRegion()).findByRole('form', { name: '申请免费幕布' });
    await user.type(within(form).getByLabelText(/收件人\s*\*?$/), '陈晓明');
    await user.type(within(form).getByLabelText(/收件人手机号/), '13900139000');
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /省份/ })).toBeEnabled());
    await user.selectOptions(within(form).getByRole('combobox', { name: /省份/ }), '北京市');
    await user.selectOptions(within(form).getByRole('combobox', { name: /城市/ }), '北京市');
    await user.selectOptions(within(form).getByRole('combobox', { name: /区县/ }), '海淀区');
    await user.type(within(form).getByLabelText(/详细地址/), '中关村大街 1 号');
    await user.click(within(form).getByRole('button', { name: '提交申请' }));

    expect(
      await within(form).findByText(
        '本账号已于 2026-11-30 10:00（北京时间）为订单 BA2026113000001 申请过免费幕布，顺丰单号 SF1000000000017。每个账号只能免费申请一次，请使用已收到的幕布拍照。',
      ),
    ).toBeVisible();
  });

  it('shows the planned dispatch date while the curtain waits, and the upload with the framing guide', async () => {
    api({ request: curtainRequest() });
    renderApp(`${BASE}/photo`);
    const region = await curtainRegion();
    const status = await within(region).findByRole('region', { name: '幕布寄送' });
    expect(status).toHaveTextContent('2026-12-07 17:00');
    expect(status).toHaveTextContent('广东省深圳市南山区科技园科苑路 15 号');
    expect(status).toHaveTextContent('陈晓明 139****9000');
    expect(status).toHaveTextContent('幕布计划于 2026-12-08 寄出');
    expect(within(status).queryByText('顺丰单号')).not.toBeInTheDocument();
    const upload = within(region).getByRole('region', { name: '上传自拍核验照片' });
    expect(within(upload).getByRole('region', { name: '拍摄要求' })).toHaveTextContent('幕布上的字样完整可见');
    expect(within(upload).getByRole('group', { name: '幕布自拍照片' })).toBeInTheDocument();
    expect(within(upload).getByRole('button', { name: '提交照片' })).toBeDisabled();
  });

  it('shows the tracking number and where the parcel is once shipped', async () => {
    api({
      request: curtainRequest({
        trackingNo: 'SF1000000000017',
        shippedAt: '2026-12-08T01:00:00.000Z',
        shipment: {
          status: 'IN_TRANSIT',
          timeline: [
            { status: 'CREATED', at: '2026-12-08T01:00:00.000Z' },
            { status: 'PICKED_UP', at: '2026-12-08T05:00:00.000Z' },
            { status: 'IN_TRANSIT', at: '2026-12-08T13:00:00.000Z' },
          ],
        },
      }),
    });
    renderApp(`${BASE}/photo`);
    const status = await within(await curtainRegion()).findByRole('region', { name: '幕布寄送' });
    expect(within(status).getByText('SF1000000000017')).toHaveClass('curtain-status__tracking');
    expect(status).toHaveTextContent('寄出时间（北京时间）2026-12-08 09:00');
    expect(status).toHaveTextContent('物流状态运输中');
    const steps = within(status).getByRole('list', { name: '物流进度' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['已下单，等待揽收 2026-12-08 09:00', '已揽收 2026-12-08 13:00', '运输中 2026-12-08 21:00']);
    expect(status).not.toHaveTextContent('计划于');
  });

  it('offers the upload directly after a rejected photo, with the curtain already received', async () => {
    api({
      filing: { ...pending, status: 'PHOTO_REJECTED' },
      step: photoStep({ status: 'PHOTO_REJECTED' }),
      request: curtainRequest({ trackingNo: 'SF1000000000017', shippedAt: '2026-12-08T01:00:00.000Z' }),
    });
    renderApp(`${BASE}/photo`);
    const region = await curtainRegion();
    expect(await within(region).findByText('使用已收到的幕布重新拍照')).toBeVisible();
    expect(region).toHaveTextContent('免费幕布每个账号只寄一次，请使用已收到的幕布');
    expect(within(region).queryByRole('form', { name: '申请免费幕布' })).not.toBeInTheDocument();
    expect(within(region).getByRole('region', { name: '上传自拍核验照片' })).toBeVisible();
  });

  it('sends the chosen photo with the version after the confirmation, then reads the filing again', async () => {
    const sent = fakeXhr();
    let filing: FilingDetail = pending;
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET /api/filings/${FILING_ID}`]: () => json(200, filing),
      [`GET /api/filings/${FILING_ID}/photo`]: () =>
        json(200, photoStep({ status: filing.status === 'PHOTO_PENDING' ? 'PHOTO_PENDING' : 'SECOND_REVIEW' })),
      'GET /api/curtain-request': () => json(200, { request: curtainRequest(), furtherRequestGranted: false }),
    });
    const { user } = renderApp(`${BASE}/photo`);
    const upload = await within(await curtainRegion()).findByRole('region', { name: '上传自拍核验照片' });
    const jpeg = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'me.jpg', { type: 'image/jpeg' });
    await user.upload(within(upload).getByLabelText('从相册或文件中选择'), jpeg);
    const submit = within(upload).getByRole('button', { name: '提交照片' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);

    const dialog = screen.getByRole('alertdialog', { name: '确认提交核验照片？' });
    expect(dialog).toHaveTextContent('未镜像');
    // Focus starts on the safe choice.
    expect(within(dialog).getByRole('button', { name: '再检查一下' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '确认提交' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    const xhr = sent[0];
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe(`/api/filings/${FILING_ID}/photo/curtain`);
    expect(formFields(xhr?.body ?? null)).toEqual([
      ['version', '9'],
      ['file', 'photo.jpg'],
    ]);
    filing = { ...pending, status: 'SECOND_REVIEW', nextAction: 'WAIT_FOR_REVIEW', version: 10 };
    xhr?.respond(200, {
      id: FILING_ID,
      orderNo: pending.orderNo,
      status: 'SECOND_REVIEW',
      version: 10,
      photoId: '5c4a3b2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
      secondReviewDueAt: '2026-12-08T16:00:00.000Z',
    });
    expect(await screen.findByText('核验照片已提交，正在复审，复审在 1 个工作日内完成。')).toBeVisible();
    expect(screen.queryByRole('region', { name: '幕布邮寄' })).not.toBeInTheDocument();
  });
});
