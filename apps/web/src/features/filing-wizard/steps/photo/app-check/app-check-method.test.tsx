// The app check's panel on the photo step: the QR code and link for the principal's phone, their expiry, a new link
// on request, and the page moving on by itself once the phone has sent the photo.
import type { FilingDetail, PhotoStep } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../../../test/filing-fixtures.ts';
import { photoStepFixture } from '../../../../../test/photo-step-fixtures.ts';
import { renderApp } from '../../../../../test/render-app.tsx';

const BASE = `/console/filings/${FILING_ID}`;
const pending = filingDetail({ status: 'PHOTO_PENDING', nextAction: 'TAKE_PHOTO', version: 9 });
const step = (status: PhotoStep['status'], version: number) =>
  photoStepFixture({ orderNo: pending.orderNo, status, version });
const token = (n: number) => String(n).repeat(43);
const far = new Date(Date.now() + 24 * 3_600_000).toISOString();

/** The API of a filing waiting for its photo; `refusal` answers the link request instead of a new link. */
function api(phone: { submitted: boolean }, refusal?: () => Response) {
  let links = 0;
  const filing = (): FilingDetail =>
    phone.submitted ? { ...pending, status: 'SECOND_REVIEW', nextAction: 'WAIT_FOR_REVIEW', version: 10 } : pending;
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET /api/filings/${FILING_ID}`]: () => json(200, filing()),
    [`GET /api/filings/${FILING_ID}/photo`]: () =>
      json(200, phone.submitted ? step('SECOND_REVIEW', 10) : step('PHOTO_PENDING', 9)),
    [`POST /api/filings/${FILING_ID}/photo/app-check-link`]: () => {
      links += 1;
      return refusal ? refusal() : json(200, { path: `/m/app-check#token=${token(links)}`, expiresAt: far });
    },
  });
}

/** The text the drawn QR code holds, decoded from its SVG path as a scanner would read the modules. */
function decodeQr(svg: Element): string | null {
  const side = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const dark = new Set<string>();
  for (const m of (svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)) {
    dark.add(`${m[1]},${m[2]}`);
  }
  const scale = 4;
  const size = side * scale;
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const v = dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`) ? 0 : 255;
      pixels.set([v, v, v, 255], (y * size + x) * 4);
    }
  }
  return jsQR(pixels, size, size)?.data ?? null;
}

describe('the app check panel', () => {
  it('shows the QR code and link with their expiry, makes a new one on request, and moves on once the photo is in', async () => {
    const phone = { submitted: false };
    const fake = api(phone);
    const { user } = renderApp(`${BASE}/photo`);

    const region = await screen.findByRole('region', { name: '上海 App 核验' });
    await user.click(within(region).getByRole('button', { name: '生成二维码' }));

    const url = `${window.location.origin}/m/app-check#token=${token(1)}`;
    const qr = await within(region).findByRole('img', { name: 'App 核验二维码，扫码后在手机上打开核验页面' });
    expect(decodeQr(qr)).toBe(url);
    expect(within(region).getByRole('link', { name: url })).toHaveAttribute('href', url);
    expect(within(region).getByText(/有效期至 .+（北京时间），仅可使用一次。/)).toBeVisible();
    expect(within(region).getByText('正在等待负责人在手机上提交照片，提交后本页会自动更新。')).toBeVisible();

    await user.click(within(region).getByRole('button', { name: '重新生成二维码' }));
    expect(await within(region).findByRole('link', { name: url.replace(token(1), token(2)) })).toBeVisible();
    expect(within(region).getByText('重新生成后，之前的二维码和链接立即失效。')).toBeVisible();

    // The phone sends the photo: the next poll sees it and the page shows the second review, without a reload.
    const polls = fake.to(`GET /api/filings/${FILING_ID}/photo`).length;
    phone.submitted = true;
    expect(
      await screen.findByText('核验照片已提交，正在复审，复审在 1 个工作日内完成。', {}, { timeout: 8_000 }),
    ).toBeVisible();
    expect(fake.to(`GET /api/filings/${FILING_ID}/photo`).length).toBeGreaterThan(polls);
    expect(screen.queryByRole('region', { name: '上海 App 核验' })).not.toBeInTheDocument();
  }, 15_000);

  it('says why a link cannot be made', async () => {
    api({ submitted: false }, () => problem(409, 'APP_CHECK_CERT_NOT_KEPT'));
    const { user } = renderApp(`${BASE}/photo`);
    const region = await screen.findByRole('region', { name: '上海 App 核验' });
    await user.click(within(region).getByRole('button', { name: '生成二维码' }));
    expect(await within(region).findByText(/请选择拍照点拍照或幕布自拍/)).toBeVisible();
    expect(within(region).queryByRole('img')).not.toBeInTheDocument();
  });
});
