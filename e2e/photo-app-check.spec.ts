// The Shanghai app check end to end: an applicant takes the Shanghai demo company (case pass-enterprise-three-sites,
// whose three websites share the subject's principal) through submission and an initial approval (API shortcuts in
// the browser's own session), makes the QR code on the photo step, and the principal opens the link on a phone-sized
// browser of their own: the last 6 characters of the ID, the front camera (a JPEG attached), the upload. The console
// page moves on to the second review by itself.
import { type Browser, devices, expect, type Page, request, test } from '@playwright/test';
import { DEMO_PASSWORD, registerApplicant } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import {
  claimAndApproveInitial,
  type DemoCase,
  draftWithMaterials,
  type Filing,
  submitOnReviewStep,
} from './support/filing-through-api.ts';
import { cardImage } from './support/material-files.ts';
import { sessionApi } from './support/session-api.ts';

// Case pass-enterprise-three-sites: 上海浦江示例信息技术有限公司, 沪ICP备2015012345号, password Demo-Filing-31A.
const CASE: DemoCase = {
  province: '31',
  nature: 'ENTERPRISE',
  certType: 'BUSINESS_LICENSE',
  certNumber: '9131011520150001XD',
  domain: 'pujiang-demo.com.cn',
  resource: '演示-建站主机-包年12个月',
  password: 'Demo-Filing-31A',
  registryPrincipal: '周立群',
  certificateAddress: '上海市浦东新区张江路88号',
  mailingAddress: '上海市徐汇区漕溪北路331号 12 楼 1203 室',
  // The principal of the subject and of every website: a resident ID whose last character is X.
  principal: {
    name: '周立群',
    certType: 'RESIDENT_ID',
    certNumber: '31011519780516004X',
    email: 'zhou.liqun@example.com',
    emergencyPhone: '021-66660000',
  },
  mobile: { number: '13931000431', masked: '139****0431' },
};

/** The demo reviewer claims the Shanghai filing from the initial queue and approves it, in a context of its own. */
async function approveInitial(baseURL: string, filing: Filing): Promise<void> {
  const context = await request.newContext({ baseURL });
  try {
    const csrf = await sessionApi(context);
    const login = await context.post('/api/auth/login', {
      data: { email: 'reviewer@demo.beian.test', password: DEMO_PASSWORD },
      headers: csrf.headers,
    });
    expect(login.ok(), await login.text()).toBe(true);
    // A new session brings a new CSRF token.
    await claimAndApproveInitial(await sessionApi(context), CASE.province, filing);
  } finally {
    await context.dispose();
  }
}

/** The principal's own phone: a fresh phone-sized context of the same Chromium, never signed in. */
async function principalPhone(browser: Browser): Promise<Page> {
  const { defaultBrowserType: _, ...iPhone } = devices['iPhone 13'];
  const context = await browser.newContext({ ...iPhone, locale: 'zh-CN' });
  return context.newPage();
}

test('the principal takes the app check photo on a phone, and the console moves on to the second review by itself', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await registerApplicant(page, 'E2E 上海App核验');
  const filing = await draftWithMaterials(page, baseURL as string, CASE);
  // Submitted as the applicant would, from the review step with the agreement ticked.
  await page.goto(`/console/filings/${filing.id}/review`);
  await submitOnReviewStep(page);
  await approveInitial(baseURL as string, filing);

  // The applicant's photo step: the app check is open to this filing; the QR code and link are made on request.
  await page.goto(`/console/filings/${filing.id}/photo`);
  const panel = page.getByRole('region', { name: '上海 App 核验' });
  await expect(panel.getByText('可使用', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: '生成二维码' }).click();
  await expect(panel.getByRole('img', { name: /App 核验二维码/ })).toBeVisible();
  const link = panel.getByRole('link', { name: /\/m\/app-check#token=/ });
  const url = (await link.getAttribute('href')) as string;
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/m\/app-check#token=[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByText(/有效期至 .+（北京时间），仅可使用一次。/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The principal's phone opens the link.
  const phone = await principalPhone(browser);
  await phone.goto(url);
  await expect(phone.getByRole('heading', { level: 1, name: '上海 App 核验' })).toBeVisible();
  await expect(phone.getByText(filing.orderNo)).toBeVisible();
  await expect(phone.getByText('周**')).toBeVisible();
  expect(await axeViolations(phone)).toEqual([]);

  // A wrong ending is counted; the right one (typed in lower case) opens the camera step.
  const ending = phone.getByLabel('身份证号码后 6 位');
  await ending.fill('123456');
  await phone.getByRole('button', { name: '下一步' }).click();
  await expect(phone.getByText('证件号码后 6 位不正确。还可以再试 4 次。')).toBeVisible();
  await ending.fill(CASE.principal.certNumber.slice(-6).toLowerCase());
  await phone.getByRole('button', { name: '下一步' }).click();
  await expect(phone.getByRole('heading', { level: 2, name: '第 2 步：拍摄核验照片' })).toBeVisible();
  await expect(phone.getByLabel('拍照')).toHaveAttribute('capture', 'user');
  const selfie = await cardImage('selfie', 'jpeg');
  await phone.getByLabel('拍照').setInputFiles(selfie);
  await expect(phone.getByRole('img', { name: /预览/ })).toBeVisible();
  expect(await axeViolations(phone)).toEqual([]);
  await phone.getByRole('button', { name: '提交照片' }).click();
  await expect(phone.getByText('照片已提交', { exact: true })).toBeVisible();
  await expect(phone.getByText(new RegExp(`订单 ${filing.orderNo} 的核验照片已提交复审`))).toBeVisible();

  // The console page, untouched since, shows the photo in the second review, taken by the app check.
  await expect(page.getByText('核验照片已提交，正在复审', { exact: true })).toBeVisible({ timeout: 15_000 });
  const sent = page.getByRole('region', { name: '已提交的核验照片' });
  await expect(sent.getByRole('img', { name: '核验照片（上海 App 核验）' })).toBeVisible();
  await expect(sent).toContainText('上海 App 核验，由负责人在手机上完成');
  await expect(page.getByRole('region', { name: '上海 App 核验' })).toHaveCount(0);

  // The link was used up: opening it again says so.
  await phone.goto('about:blank');
  await phone.goto(url);
  await expect(phone.getByText(/此核验链接无效/)).toBeVisible();
  await phone.context().close();
});
