// Shared steps of the photo stage in the browser (Chinese UI): the curtain request on the photo step, the curtain
// photo's upload, and the reviewer claiming a province's filing from the second-review queue.
import { type Browser, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './auth.ts';
import { axeViolations } from './axe.ts';
import { cardImage } from './material-files.ts';

export type CurtainAddress = {
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
};

/** Fills and sends the photo step's free-curtain form (the page is on the photo step). */
export async function requestCurtain(page: Page, address: CurtainAddress): Promise<void> {
  const curtain = page.getByRole('region', { name: '幕布邮寄' });
  const form = curtain.getByRole('form', { name: '申请免费幕布' });
  await expect(form).toBeVisible();
  await form.getByLabel('收件人', { exact: true }).fill(address.recipient);
  await form.getByLabel('收件人手机号').fill(address.mobile);
  const province = form.getByRole('combobox', { name: '省份' });
  await expect(province).toBeEnabled();
  await province.selectOption({ label: address.province });
  await form.getByRole('combobox', { name: '城市' }).selectOption({ label: address.city });
  await form.getByRole('combobox', { name: '区县' }).selectOption({ label: address.district });
  await form.getByLabel('详细地址').fill(address.street);
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(curtain.getByRole('region', { name: '幕布寄送' })).toContainText(address.street);
}

/** Chooses the photo on the curtain's upload, confirms the dialog, and waits for the second review. */
export async function uploadCurtainPhoto(page: Page): Promise<void> {
  const upload = page.getByRole('region', { name: '上传自拍核验照片' });
  await expect(upload.getByRole('region', { name: '拍摄要求' })).toContainText('幕布上的字样完整可见');
  const photo = await cardImage('curtain selfie', 'jpeg');
  await upload.getByLabel('从相册或文件中选择').setInputFiles(photo);
  await expect(upload.getByText(/照片为 JPEG 格式，大小 .+，符合要求。/)).toBeVisible();
  await upload.getByRole('button', { name: '提交照片' }).click();
  const dialog = page.getByRole('alertdialog', { name: '确认提交核验照片？' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByText('核验照片已提交，正在复审', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: '已提交的核验照片' }).getByRole('img', { name: '核验照片（幕布自拍）' }),
  ).toBeVisible();
}

/** The reviewer's own browser: claims the province's next filing from the second-review queue and opens its photo. */
export async function reviewerClaimsPhoto(browser: Browser, province: string, orderNo: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, 'reviewer@demo.beian.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await page.goto(`/review/second?province=${province}`);
  await expect(page.getByRole('row').filter({ hasText: orderNo })).toBeVisible();
  await page.getByRole('button', { name: '领取下一个' }).click();
  await expect(page).toHaveURL(/\/review\/filings\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: `复审：订单 ${orderNo}` })).toBeVisible();
  const photo = page.getByRole('region', { name: '核验照片' }).getByRole('img', { name: '新提交的核验照片' });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  return page;
}

/** On a claimed second review: approves the photo, which sends the filing to the bureau. */
export async function approvePhoto(reviewer: Page, orderNo: string): Promise<void> {
  await reviewer.getByRole('button', { name: '通过', exact: true }).click();
  await reviewer
    .getByRole('alertdialog', { name: `通过订单 ${orderNo} 的复审？` })
    .getByRole('button', { name: '确认通过' })
    .click();
  await expect(reviewer.getByText(`订单 ${orderNo} 已通过复审，等待工信部短信核验。`)).toBeVisible();
}
