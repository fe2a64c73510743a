// The operator's desk as they use it: a found filing with the person to check, an unknown number, a typo, and a camera
// that cannot be used for scanning.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { account, fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const ORDER = 'BA2026112900001';
const FILING_ID = '7d1c2c9e-7a34-4b53-9d6a-2f4c1b0f9e01';
const IMAGE_ID = '1f0e8a52-3c4d-4e6f-8a9b-0c1d2e3f4a5b';

const found = {
  filing: {
    id: FILING_ID,
    orderNo: ORDER,
    status: 'PHOTO_PENDING',
    province: '44',
    version: 7,
    principals: [
      {
        role: 'SUBJECT',
        websites: [],
        name: '张三',
        certType: 'RESIDENT_ID',
        certMasked: '440***********1234',
        images: [
          { id: IMAGE_ID, kind: 'SUBJECT_PRINCIPAL_ID_FRONT', websiteFilingNo: null, contentType: 'image/jpeg' },
        ],
      },
    ],
  },
  point: { id: '5b7e2d10-1c3a-4f5e-9d8c-7b6a5f4e3d2c', name: '广州天河拍照点', province: '44', city: '广州市' },
};

function operatorWith(routes: Record<string, () => Response>) {
  return fakeApi({ 'GET /api/auth/session': () => json(200, { account: account('OPERATOR') }), ...routes });
}

async function search(user: ReturnType<typeof renderApp>['user'], orderNo: string) {
  await user.type(await screen.findByLabelText('备案订单号'), orderNo);
  await user.click(screen.getByRole('button', { name: '查找' }));
}

describe('photo-point order search', () => {
  it('shows the filing, the principal to check with the masked number and ID image, and keeps the search in the address', async () => {
    const api = operatorWith({
      [`GET /api/photo-point/orders/${ORDER}`]: () => json(200, found),
      [`GET /api/photo-point/filings/${FILING_ID}/id-images/${IMAGE_ID}`]: () =>
        new Response(new Uint8Array([0xff, 0xd8, 0xff]), { status: 200, headers: { 'content-type': 'image/jpeg' } }),
    });
    const { router, user } = renderApp('/photo-point');
    await search(user, ` ${ORDER.toLowerCase()} `);

    expect(await screen.findByText('广东')).toBeVisible();
    expect(screen.getByText('待拍照')).toBeVisible();
    expect(screen.getByText('您所在的拍照点：广州天河拍照点（广州市）')).toBeVisible();
    const principal = screen.getByRole('region', { name: '主体负责人' });
    expect(principal).toHaveTextContent('张三');
    expect(principal).toHaveTextContent('440***********1234');
    expect(await screen.findByRole('img', { name: '主体负责人的证件照片（正面）' })).toBeVisible();
    expect(api.to(`GET /api/photo-point/filings/${FILING_ID}/id-images/${IMAGE_ID}`)).toHaveLength(1);
    expect(router.state.location.search).toBe(`?orderNo=${ORDER}`);
  });

  it('submits nothing until a photo is chosen and the in-person ID check is confirmed', async () => {
    const api = operatorWith({ [`GET /api/photo-point/orders/${ORDER}`]: () => json(200, found) });
    const { user } = renderApp(`/photo-point?orderNo=${ORDER}`);
    await user.click(await screen.findByRole('button', { name: '提交核验照片' }));

    expect(screen.getByText('请先拍摄或选择核验照片。')).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: '我已当面核对负责人本人及其身份证件原件' }),
    ).toHaveAccessibleDescription('请先确认已当面核对证件原件。');
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('says the number is unknown or not waiting for a photo when the API finds nothing', async () => {
    operatorWith({ [`GET /api/photo-point/orders/${ORDER}`]: () => problem(404, 'NOT_FOUND') });
    const { user } = renderApp('/photo-point');
    await search(user, ORDER);

    expect(await screen.findByText(/没有等待拍照的订单 BA2026112900001：订单号不存在/)).toBeVisible();
  });

  it('explains the order number format before asking the API', async () => {
    const api = operatorWith({});
    const { user } = renderApp('/photo-point');
    await search(user, 'BA123');

    expect(screen.getByLabelText('备案订单号')).toHaveAccessibleDescription(/订单号为 BA 加 13 位数字/);
    expect(api.sent.filter((request) => request.path.startsWith('/api/photo-point'))).toEqual([]);
  });

  describe('scanning', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices');
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'mediaDevices', original);
      else Reflect.deleteProperty(navigator, 'mediaDevices');
    });
    const camera = (mediaDevices: unknown) =>
      Object.defineProperty(navigator, 'mediaDevices', { value: mediaDevices, configurable: true });

    it('asks for the back camera and says plainly when permission is refused, keeping the number field', async () => {
      const getUserMedia = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
      camera({ getUserMedia });
      operatorWith({});
      const { user } = renderApp('/photo-point');
      await user.click(await screen.findByRole('button', { name: '扫描订单二维码' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('浏览器未获得摄像头权限');
      expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
      expect(screen.getByLabelText('备案订单号')).toBeEnabled();
    });

    it('says when the device has no camera', async () => {
      camera(undefined);
      operatorWith({});
      const { user } = renderApp('/photo-point');
      await user.click(await screen.findByRole('button', { name: '扫描订单二维码' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('这台设备没有可用的摄像头，请直接输入订单号。');
    });
  });
});
