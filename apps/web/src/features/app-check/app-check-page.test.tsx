// The phone page of the Shanghai app check: the link's token read from the fragment and sent only in bodies, the
// certificate ending with the tries left, the front camera and the upload, and the ends a link can come to.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../../test/fake-api.ts';
import { type FakeXhr, fakeXhr, formFields } from '../../test/fake-xhr.ts';
import { renderApp } from '../../test/render-app.tsx';

const TOKEN = 'T'.repeat(43);
const OPENED = {
  orderNo: 'BA2026120700001',
  principalMasked: '赵*',
  expiresAt: '2026-12-08T02:00:00.000Z',
  triesLeft: 5,
};
const JPEG = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0])], 'me.jpg', { type: 'image/jpeg' });

/** The API's answer to a wrong ending: the problem with how many tries are left. */
async function wrongEnding(triesLeft: number) {
  const body = { ...(await problem(422, 'APP_CHECK_CERT_WRONG').json()), triesLeft };
  return new Response(JSON.stringify(body), { status: 422, headers: { 'content-type': 'application/problem+json' } });
}

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.unstubAllGlobals());

describe('the app check phone page', () => {
  it('opens the link, checks the ending, takes the selfie and says the photo is in the second review', async () => {
    const api = fakeApi({
      'POST /api/app-check/open': () => json(200, OPENED),
      'POST /api/app-check/verify': (request) =>
        (request.body as { certEnding: string }).certEnding === '25173X'
          ? json(200, { verified: true })
          : wrongEnding(3),
    });
    const sent = fakeXhr();
    const { user } = renderApp(`/m/app-check#token=${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: '上海 App 核验' })).toBeVisible();
    expect(await screen.findByText(OPENED.orderNo)).toBeVisible();
    expect(screen.getByText('赵*')).toBeVisible();
    expect(screen.getByText('链接有效期至 2026-12-08 10:00（北京时间）')).toBeVisible();
    // The token goes in the body, never in an address.
    expect(api.to('POST /api/app-check/open')[0]?.body).toEqual({ token: TOKEN });

    const ending = screen.getByLabelText(/身份证号码后 6 位/);
    await user.type(ending, '12');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('请输入 6 位：前 5 位为数字，最后一位为数字或 X。')).toBeVisible();
    expect(api.to('POST /api/app-check/verify')).toHaveLength(0);

    await user.clear(ending);
    await user.type(ending, '000000');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText('证件号码后 6 位不正确。还可以再试 3 次。')).toBeVisible();
    expect(ending).toHaveAttribute('aria-invalid', 'true');

    await user.clear(ending);
    await user.type(ending, '25173x');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByRole('heading', { level: 2, name: '第 2 步：拍摄核验照片' })).toBeVisible();
    expect(api.to('POST /api/app-check/verify').at(-1)?.body).toEqual({ token: TOKEN, certEnding: '25173X' });

    expect(screen.getByRole('region', { name: '拍摄要求' })).toBeVisible();
    const camera = screen.getByLabelText('拍照');
    expect(camera).toHaveAttribute('capture', 'user');
    const submit = screen.getByRole('button', { name: '提交照片' });
    expect(submit).toBeDisabled();
    await user.upload(camera, JPEG);
    await vi.waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const upload = sent[0] as FakeXhr;
    expect(upload.url).toBe('/api/app-check/photo');
    expect(upload.headers['x-csrf-token']).toBe('csrf-1');
    expect(formFields(upload.body)).toEqual([
      ['token', TOKEN],
      ['certEnding', '25173X'],
      ['file', 'app-check.jpg'],
    ]);
    upload.progress(0.5);
    expect(await screen.findByText('正在上传 50%')).toBeVisible();
    upload.respond(200, { orderNo: OPENED.orderNo, secondReviewDueAt: '2026-12-08T16:00:00.000Z' });
    expect(await screen.findByText('照片已提交')).toBeVisible();
    expect(screen.getByText(/订单 BA2026120700001 的核验照片已提交复审，复审将在 2026-12-08 24:00/)).toBeVisible();
  });

  it('says a link without its token is incomplete, and asks the API nothing', async () => {
    const api = fakeApi({});
    renderApp('/m/app-check');
    expect(await screen.findByText('此链接不完整。请在电脑上的控制台重新扫码或复制完整链接。')).toBeVisible();
    expect(api.to('POST /api/app-check/open')).toHaveLength(0);
  });

  it('explains an invalid link and what to do', async () => {
    fakeApi({ 'POST /api/app-check/open': () => problem(404, 'APP_CHECK_LINK_INVALID') });
    renderApp(`/m/app-check#token=${TOKEN}`);
    expect(await screen.findByText(/此核验链接无效/)).toBeVisible();
    expect(screen.getByText('请在电脑上的控制台重新生成二维码后再试。')).toBeVisible();
    expect(screen.queryByLabelText(/身份证号码后 6 位/)).not.toBeInTheDocument();
  });

  it('ends the form when the fifth wrong ending locks the link', async () => {
    fakeApi({
      'POST /api/app-check/open': () => json(200, { ...OPENED, triesLeft: 1 }),
      'POST /api/app-check/verify': () => problem(410, 'APP_CHECK_LINK_LOCKED'),
    });
    const { user } = renderApp(`/m/app-check#token=${TOKEN}`);
    await user.type(await screen.findByLabelText(/身份证号码后 6 位/), '000000');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(
      await screen.findByText('证件号码后 6 位连续输错 5 次，此链接已失效。请在控制台重新生成二维码。'),
    ).toBeVisible();
    expect(screen.queryByLabelText(/身份证号码后 6 位/)).not.toBeInTheDocument();
  });
});
