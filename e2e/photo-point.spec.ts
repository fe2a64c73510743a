// The photo point round trip in three real browsers against the API: the applicant (case pass-xinjiang, used by no
// other spec) finds the photo points on the photo step, their own province first, and the order's QR code; the
// demo operator finds the order by typing its number, sees the principal to check, uploads the photo, confirms the
// in-person ID check and submits; the reviewer claims it from the second-review queue, sees where and by whom the photo
// was taken, and approves it.
//
// The initial review is decided through the API in the reviewer's own browser session (with the CSRF token as the web
// app sends it): its page has its own spec.
import { expect, test } from '@playwright/test';
import { registerApplicant, signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import {
  type DemoCase,
  draftWithMaterials,
  reviewerApprovesInitial,
  submitThroughApi,
} from './support/filing-through-api.ts';
import { cardImage } from './support/material-files.ts';

// Case pass-xinjiang: 阿依古丽·买买提, 新ICP备2022001234号, filing password Demo-Filing-65A (docs/demo-data.md).
const CASE: DemoCase = {
  province: '65',
  nature: 'PERSONAL',
  certType: 'RESIDENT_ID',
  certNumber: '65010219920708242X',
  domain: 'ayigul-photo.cn',
  resource: '演示-广州-包年12个月',
  password: 'Demo-Filing-65A',
  registryPrincipal: '阿依古丽·买买提',
  certificateAddress: '新疆维吾尔自治区乌鲁木齐市天山区示例路 65 号',
  mailingAddress: '新疆维吾尔自治区乌鲁木齐市天山区示例路 65 号 1 栋 602 室',
  principal: {
    name: '阿依古丽·买买提',
    certType: 'RESIDENT_ID',
    certNumber: '65010219920708242X',
    email: 'ayigul@example.com',
    emergencyPhone: '0991-23100000',
  },
  mobile: { number: '13623456765', masked: '136****6765' },
};

test('the applicant finds a photo point, the operator there takes and submits the photo, the reviewer approves it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await registerApplicant(page, 'E2E 拍照点');
  const filing = await submitThroughApi(page, await draftWithMaterials(page, baseURL as string, CASE));
  await reviewerApprovesInitial(browser, CASE.province, filing);

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
  expect(await axeViolations(page)).toEqual([]);
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
  await expect(principal.getByText(CASE.principal.name)).toBeVisible();
  await expect(principal.getByText(/^\d{3,6}\*+\w{2,4}$/)).toBeVisible();
  await expect(principal).not.toContainText(CASE.certNumber);
  const idImage = principal.getByRole('img').first();
  await expect(idImage).toBeVisible();
  await expect.poll(() => idImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await axeViolations(desk)).toEqual([]);

  // The photo, the confirmation, the submission.
  const photo = await cardImage('verification-photo', 'jpeg');
  await desk.getByLabel('从相册或文件中选择').setInputFiles(photo);
  await expect(desk.getByRole('img', { name: '待上传的核验照片预览' })).toBeVisible();
  await desk.getByRole('checkbox', { name: '我已当面核对负责人本人及其身份证件原件' }).check();
  await desk.getByRole('button', { name: '提交核验照片' }).click();
  await expect(desk.getByText(`核验照片已提交，订单 ${filing.orderNo} 已进入复审`)).toBeVisible();
  expect(await axeViolations(desk)).toEqual([]);
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
