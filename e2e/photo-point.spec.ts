// The photo point round trip in three real browsers against the API: the applicant (case pass-xinjiang, used by no
// other spec) finds the photo points on the photo step, their own province first, and the order's QR code; the
// demo operator finds the order by typing its number, sees the principal to check, uploads the photo, confirms the
// in-person ID check and submits; the reviewer claims it from the second-review queue, sees where and by whom the photo
// was taken, and approves it.
//
// The initial review is decided through the API in the reviewer's own browser session (with the CSRF token as the web
// app sends it): its page has its own spec.
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { registerApplicant, signIn } from './support/auth.ts';
import { seriousAxeViolations } from './support/axe.ts';
import { cardImage, signedSheetPdf } from './support/material-files.ts';
import { latestSmsCode } from './support/sms-outbox.ts';

// Case pass-xinjiang: 阿依古丽·买买提, 新ICP备2022001234号, filing password Demo-Filing-65A (docs/demo-data.md).
const CASE = {
  province: '65',
  nature: 'PERSONAL',
  certType: 'RESIDENT_ID',
  certNumber: '65010219920708242X',
  domain: 'ayigul-photo.cn',
  resource: '演示-广州-包年12个月',
  password: 'Demo-Filing-65A',
  principal: '阿依古丽·买买提',
  mobile: { number: '13623456765', masked: '136****6765' },
};

type Json = Record<string, unknown>;
type Filing = { id: string; version: number; orderNo: string };

/** API calls in a browser's own session (cookies shared with the page), with the CSRF header the web app sends. */
async function sessionApi(request: APIRequestContext) {
  const { token } = (await (await request.get('/api/auth/csrf')).json()) as { token: string };
  const headers = { 'x-csrf-token': token };
  const send = async (method: 'post' | 'put', url: string, data?: Json) => {
    const response = await request[method](url, { data: data ?? {}, headers });
    expect(response.ok(), `${method.toUpperCase()} ${url}: ${await response.text()}`).toBe(true);
    return (await response.json()) as Json;
  };
  const get = async (url: string) => (await (await request.get(url)).json()) as Json;
  return { send, get, headers };
}

/** Verify, subject, websites, every material and the submission, through the applicant's API. */
async function submittedFiling(page: Page, baseURL: string): Promise<Filing> {
  const api = await sessionApi(page.request);
  const { resources } = (await api.get('/api/resources')) as { resources: { id: string; name: string }[] };
  const resource = resources.find((r) => r.name === CASE.resource);
  expect(resource, 'the new account has the demo resources').toBeTruthy();
  const verified = await api.send('post', '/api/filings/verify', {
    province: CASE.province,
    nature: CASE.nature,
    certType: CASE.certType,
    certNumber: CASE.certNumber,
    domain: CASE.domain,
    cloudService: { kind: 'RESOURCE', resourceId: resource?.id },
  });
  let filing = verified.filing as Filing;
  const base = `/api/filings/${filing.id}`;
  filing = (await api.send('put', `${base}/subject`, {
    version: filing.version,
    subject: {
      originalPrincipalName: CASE.principal,
      certificateAddress: '新疆维吾尔自治区乌鲁木齐市天山区示例路 65 号',
      mailingAddress: '新疆维吾尔自治区乌鲁木齐市天山区示例路 65 号 1 栋 602 室',
      principal: {
        name: CASE.principal,
        certType: CASE.certType,
        certNumber: CASE.certNumber,
        mobile: CASE.mobile.number,
        email: 'ayigul@example.com',
        emergencyPhone: '0991-23100000',
      },
    },
  })) as Filing;
  await api.send('post', `${base}/subject/password`, { password: CASE.password });
  const sentAt = new Date();
  await api.send('post', `${base}/sms-code`);
  const code = await latestSmsCode(baseURL, CASE.mobile.masked, sentAt);
  filing = (await api.send('post', `${base}/sms-code/verify`, { code })) as Filing;

  const { websites } = (await api.get(`${base}/websites/detected`)) as { websites: { websiteFilingNo: string }[] };
  filing = (await api.send('put', `${base}/websites`, {
    version: filing.version,
    websites: websites.map((w) => ({
      websiteFilingNo: w.websiteFilingNo,
      confirmed: true,
      cloudService: { kind: 'RESOURCE', resourceId: resource?.id },
      principal: { sameAsSubject: true },
    })),
  })) as Filing;

  const { items } = (await api.get(`${base}/materials`)) as {
    items: { kind: string; required: boolean; websiteFilingNo?: string | null; category?: string | null }[];
  };
  const jpeg = await cardImage('material', 'jpeg');
  const pdf = await signedSheetPdf(filing.orderNo);
  for (const item of items.filter((i) => i.required)) {
    const response = await page.request.post(`${base}/materials`, {
      headers: api.headers,
      multipart: {
        kind: item.kind,
        ...(item.websiteFilingNo ? { websiteFilingNo: item.websiteFilingNo } : {}),
        ...(item.category ? { category: item.category } : {}),
        file: item.kind === 'VERIFICATION_SHEET' ? pdf : jpeg,
      },
    });
    expect(response.status(), `${item.kind}: ${await response.text()}`).toBe(201);
  }
  const current = (await api.get(base)) as { version: number };
  const submitted = (await api.send('post', `${base}/submit`, {
    version: current.version,
    agreement: { termsVersion: '2026-11', privacyVersion: '2026-11', accepted: true },
  })) as { version: number };
  return { ...filing, version: submitted.version };
}

/** The demo reviewer, signed in in a browser of their own, claims the next Xinjiang filing and approves it (API). */
async function reviewerApprovesInitial(browser: Browser, orderNo: string) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, 'reviewer@demo.beian.test');
  await expect(page).toHaveURL(/\/review$/);
  const api = await sessionApi(page.request);
  const claimed = (await api.send('post', '/api/review/claim-next', { stage: 'INITIAL', province: CASE.province })) as {
    filing: { id: string; orderNo: string; version: number } | null;
  };
  expect(claimed.filing?.orderNo).toBe(orderNo);
  const approved = await api.send('post', `/api/review/filings/${claimed.filing?.id}/approve`, {
    version: claimed.filing?.version,
  });
  await context.close();
  return approved;
}

test('the applicant finds a photo point, the operator there takes and submits the photo, the reviewer approves it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await registerApplicant(page, 'E2E 拍照点');
  const filing = await submittedFiling(page, baseURL as string);
  await reviewerApprovesInitial(browser, filing.orderNo);

  // The applicant's photo step: the order's QR code, what to bring, and every province's points, theirs first.
  await page.goto(`/console/filings/${filing.id}/photo`);
  await expect(page.getByRole('img', { name: `订单号 ${filing.orderNo} 的二维码` })).toBeVisible();
  const point = page.getByRole('region', { name: '拍照点拍照' });
  await expect(point.getByText('负责人的身份证件原件')).toBeVisible();
  await expect(point.getByText(/^共 \d+ 个拍照点$/)).toBeVisible();
  const provinces = point.locator('details > summary');
  await expect(provinces.first()).toHaveText(/^新疆（1）您的省份$/);
  expect(await provinces.count()).toBe(31);
  const urumqi = point.getByRole('listitem').filter({ hasText: '乌鲁木齐拍照点' });
  const map = urumqi.getByRole('link', { name: '在地图中查看乌鲁木齐拍照点（在新标签页打开）' });
  await expect(map).toHaveAttribute('href', /^https:\/\/uri\.amap\.com\/search\?keyword=/);
  await expect(map).toHaveAttribute('rel', 'noopener noreferrer');
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Any point will do: a search finds the points of another province.
  await point.getByRole('searchbox', { name: '搜索拍照点' }).fill('深圳');
  await point.getByRole('button', { name: '搜索' }).click();
  await expect(point.getByText('共 2 个拍照点')).toBeVisible();
  await expect(point.getByRole('heading', { name: '深圳南山拍照点' })).toBeVisible();

  // The demo operator (at 北京朝阳拍照点) finds the order by typing its number.
  const desk = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(desk, 'operator@demo.beian.test');
  await expect(desk).toHaveURL(/\/photo-point$/);
  await desk.getByLabel('备案订单号').fill(filing.orderNo);
  await desk.getByRole('button', { name: '查找', exact: true }).click();
  await expect(desk.getByText('您所在的拍照点：北京朝阳拍照点（北京市）')).toBeVisible();
  const principal = desk.getByRole('region', { name: '主体负责人' });
  await expect(principal.getByText(CASE.principal)).toBeVisible();
  await expect(principal.getByText(/^\d{3,6}\*+\w{2,4}$/)).toBeVisible();
  await expect(principal).not.toContainText(CASE.certNumber);
  const idImage = principal.getByRole('img').first();
  await expect(idImage).toBeVisible();
  await expect.poll(() => idImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await seriousAxeViolations(desk)).toEqual([]);

  // The photo, the confirmation, the submission.
  const photo = await cardImage('verification-photo', 'jpeg');
  await desk.getByLabel('从相册或文件中选择').setInputFiles(photo);
  await expect(desk.getByRole('img', { name: '待上传的核验照片预览' })).toBeVisible();
  await desk.getByRole('checkbox', { name: '我已当面核对负责人本人及其身份证件原件' }).check();
  await desk.getByRole('button', { name: '提交核验照片' }).click();
  await expect(desk.getByText(`核验照片已提交，订单 ${filing.orderNo} 已进入复审`)).toBeVisible();
  expect(await seriousAxeViolations(desk)).toEqual([]);
  await desk.context().close();

  // The applicant's step says the photo is in the second review.
  await page.reload();
  await expect(page.getByText(/核验照片已提交，正在复审/)).toBeVisible();

  // The reviewer claims it from the second-review queue (filtered to Xinjiang, so no other spec's filing is taken),
  // sees the photo recorded as taken at the operator's point, and approves it.
  const reviewer = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signIn(reviewer, 'reviewer@demo.beian.test');
  await expect(reviewer).toHaveURL(/\/review$/);
  await reviewer.goto(`/review/second?province=${CASE.province}`);
  await expect(reviewer.getByRole('row').filter({ hasText: filing.orderNo })).toBeVisible();
  await reviewer.getByRole('button', { name: '领取下一个' }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/review/filings/${filing.id}$`));
  await expect(reviewer.getByText(/北京朝阳拍照点/).first()).toBeVisible();
  await reviewer.getByRole('button', { name: '通过', exact: true }).click();
  await reviewer
    .getByRole('alertdialog', { name: `通过订单 ${filing.orderNo} 的复审？` })
    .getByRole('button', { name: '确认通过' })
    .click();
  await expect(reviewer.getByText(`订单 ${filing.orderNo} 已通过复审，等待工信部短信核验。`)).toBeVisible();
  await reviewer.context().close();

  await page.goto('/console');
  await expect(page.getByRole('row').filter({ hasText: CASE.domain }).getByText('工信部短信核验中')).toBeVisible();
});
