// The admin console in real browsers against the API: the admin adds a photo point and the applicant (case
// province-22, used by no other spec) finds it in the photo step's directory; the applicant requests the free curtain,
// the admin cuts the batch that holds it (through its planned day, which is today unless the request came after 16:00
// or on a day off), downloads the courier's CSV, imports the courier's tracking number, and the applicant sees it.
// Then the admin promotes a newly registered account to reviewer, which sees the review queue after signing in again.
import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { trackingNumberFor } from '../apps/api/src/adapters/courier/tracking-number.ts';
import { E2E_PASSWORD, registerApplicant, signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import {
  type DemoCase,
  draftWithMaterials,
  reviewerApprovesInitial,
  submitThroughApi,
} from './support/filing-through-api.ts';
import { requestCurtain } from './support/photo-step.ts';

// Case province-22: 金美玲, 吉ICP备2020022003号, filing password Demo-Filing-22A (docs/demo-data.md).
const CASE: DemoCase = {
  province: '22',
  nature: 'PERSONAL',
  certType: 'RESIDENT_ID',
  certNumber: '220102199101172048',
  domain: 'jilin-demo.cn',
  resource: '演示-广州-包年12个月',
  password: 'Demo-Filing-22A',
  registryPrincipal: '金美玲',
  certificateAddress: '吉林省长春市朝阳区示例路 22 号',
  mailingAddress: '吉林省长春市朝阳区示例路 22 号',
  principal: {
    name: '金美玲',
    certType: 'RESIDENT_ID',
    certNumber: '220102199101172048',
    email: 'jin.meiling@example.com',
    emergencyPhone: '0431-6660000',
  },
  mobile: { number: '13623456722', masked: '136****6722' },
};

/** A new admin browser, signed in as the demo admin. */
async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, 'admin@demo.beian.test');
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

test('an admin adds a photo point the applicant finds, and ships the applicant’s curtain with an imported tracking number', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await registerApplicant(page, 'E2E 管理后台');
  const filing = await submitThroughApi(page, await draftWithMaterials(page, baseURL as string, CASE));
  await reviewerApprovesInitial(browser, CASE.province, filing);

  // The admin adds a point in Changchun.
  const admin = await adminPage(browser);
  await admin.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '拍照点' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '拍照点' })).toBeVisible();
  expect(await axeViolations(admin)).toEqual([]);
  await admin.getByRole('link', { name: '新建拍照点' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '新建拍照点' })).toBeVisible();
  await admin.getByLabel('名称').fill('长春净月拍照点');
  await admin.getByRole('combobox', { name: '省份' }).selectOption({ label: '吉林' });
  const city = admin.getByRole('combobox', { name: '城市' });
  await expect(city).toBeEnabled();
  await city.selectOption({ label: '长春市' });
  await admin.getByLabel('详细地址').fill('吉林省长春市南关区净月大街 2222 号 1 层');
  await admin.getByLabel('营业时间').fill('周一至周五 09:00-17:00（法定节假日除外）');
  await admin.getByLabel('联系电话').fill('0431-88886666');
  expect(await axeViolations(admin)).toEqual([]);
  await admin.getByRole('button', { name: '保存' }).click();
  await expect(admin.getByText('拍照点已创建并启用。')).toBeVisible();

  // The applicant's directory has it at once.
  await page.goto(`/console/filings/${filing.id}/photo`);
  const point = page.getByRole('region', { name: '拍照点拍照' });
  await point.getByRole('searchbox', { name: '搜索拍照点' }).fill('净月');
  await point.getByRole('button', { name: '搜索' }).click();
  await expect(point.getByText('共 1 个拍照点')).toBeVisible();
  await expect(point.getByRole('heading', { name: '长春净月拍照点' })).toBeVisible();
  await expect(point.getByText('0431-88886666')).toBeVisible();

  // The applicant asks for the free curtain; the page says the day it ships.
  await requestCurtain(page, {
    recipient: '金美玲',
    mobile: '139 0043 1022',
    province: '吉林省',
    city: '长春市',
    district: '朝阳区',
    street: '红旗街 22 号 2 单元 302',
  });
  const shipping = page.getByRole('region', { name: '幕布邮寄' }).getByRole('region', { name: '幕布寄送' });
  const planned = (await shipping.textContent())?.match(/幕布计划于 (\d{4})-(\d{2})-(\d{2}) 寄出/);
  expect(planned, 'the planned dispatch day is shown').not.toBeNull();
  const plannedDay = `${planned?.[1]}-${planned?.[2]}-${planned?.[3]}`;

  // The admin cuts the batch through that day (today's batch when it ships today) and finds the parcel in it.
  await admin.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '幕布邮寄' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '幕布邮寄' })).toBeVisible();
  await expect(admin.getByRole('button', { name: /^今日批次（\d+）$/, pressed: true })).toBeVisible();
  const through = admin.getByLabel('包含计划寄出日期截至');
  await expect(through).not.toHaveValue('');
  if ((await through.inputValue()) < plannedDay) await through.fill(plannedDay);
  const row = admin.getByRole('row').filter({ hasText: filing.orderNo });
  await expect(row).toContainText('金美玲');
  await expect(row).toContainText('139****1022');
  await expect(row).toContainText('待寄出');
  expect(await axeViolations(admin)).toEqual([]);

  // The courier's bulk-order file: UTF-8 with a BOM, the parcel's row with the full mobile for the courier.
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('link', { name: '下载 CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^curtain-batch-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parcel = csv.split('\r\n').find((line) => line.includes(filing.orderNo));
  expect(parcel, 'the parcel is in the exported batch').toBeDefined();
  expect(parcel).toContain('金美玲,13900431022,吉林省,长春市,朝阳区,红旗街 22 号 2 单元 302,备案幕布,1,寄付月结');
  const reference = parcel?.split(',')[0] ?? '';

  // The courier's numbers come back as a CSV: the reference and the tracking number.
  const trackingNo = trackingNumberFor(90_000_000_000n + BigInt(Date.now() % 9_000_000_000));
  await admin.getByLabel('CSV 文件').setInputFiles({
    name: 'sf-tracking.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF用户订单号,运单号\r\n${reference},${trackingNo}\r\n`, 'utf8'),
  });
  await admin.getByRole('button', { name: '导入' }).click();
  await expect(admin.getByText('已记录 1 行，无需更改 0 行，有问题 0 行。')).toBeVisible();
  await admin.getByRole('button', { name: '全部申请' }).click();
  await expect(admin.getByRole('row').filter({ hasText: filing.orderNo })).toContainText(trackingNo);
  await admin.context().close();

  // The applicant sees the tracking number on the photo step.
  await page.reload();
  await expect(shipping).toContainText(trackingNo);
  expect(await axeViolations(page)).toEqual([]);
});

test('the admin promotes a new account to reviewer, which sees the review queue after signing in again', async ({
  page,
  browser,
}) => {
  // A registration, an admin's session and a second sign-in: more than the default half minute on a busy machine.
  test.setTimeout(90_000);
  const email = await registerApplicant(page, 'E2E 新审核员');

  const admin = await adminPage(browser);
  await admin.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '用户' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '用户与角色' })).toBeVisible();
  await admin.getByRole('searchbox', { name: '搜索' }).or(admin.getByLabel('搜索')).first().fill(email);
  await admin.getByRole('button', { name: '查询' }).click();
  const row = admin.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('申请人');
  expect(await axeViolations(admin)).toEqual([]);
  await row.getByRole('button', { name: /调整角色/ }).click();
  const dialog = admin.getByRole('alertdialog', { name: '调整“E2E 新审核员”的角色' });
  await dialog.getByRole('combobox', { name: '新角色' }).selectOption({ label: '审核员' });
  await dialog.getByRole('button', { name: '确认调整' }).click();
  await expect(admin.getByText('已将“E2E 新审核员”的角色调整为“审核员”。')).toBeVisible();
  await expect(row).toContainText('审核员');
  await admin.context().close();

  // Signed in again, the account is a reviewer: its home is the workbench and the initial queue opens.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole('navigation', { name: '审核工作台导航' }).getByRole('link', { name: '初审队列' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '初审队列' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
