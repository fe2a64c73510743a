// Step 3 in a real browser against the API: continuing from a filled draft (case pass-personal, Guangdong, used by
// no other spec), the applicant uploads every material (files drawn by the test), a phone photo over the limit is
// shrunk in the browser, downloads the pre-filled sheet, submits, and sees 初审中 with the due time.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { cardImage, type FilePayload, signedSheetPdf } from './support/material-files.ts';
import { filledDraft } from './support/wizard.ts';

// Case pass-personal: 陈晓明, 粤ICP备2021034567号, filing password Demo-Filing-44A (docs/demo-data.md).
const VERIFY = {
  province: '广东',
  nature: '个人',
  certNumber: '440305198803121313',
  domain: 'chenxiaoming.cn',
  resource: '演示-广州-包年12个月',
};
const SUBJECT = {
  password: 'Demo-Filing-44A',
  originalPrincipal: '陈晓明',
  certificateAddress: '广东省深圳市南山区示例路 12 号',
  mailingAddress: '广东省深圳市南山区示例路 12 号 3 栋 501',
  principal: {
    name: '陈晓明',
    certNumber: '440305198803121313',
    email: 'chen.xiaoming@example.com',
    emergencyPhone: '0755-26660000',
  },
  mobile: { number: '13723456701', masked: '137****6701' },
};

async function upload(page: Page, slot: string, file: FilePayload) {
  await page.getByLabel(`为“${slot}”选择文件`).setInputFiles(file);
}

test('from a filled draft the applicant uploads every material, downloads the sheet, submits and sees 初审中 with the due time', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await filledDraft(page, baseURL as string, 'E2E 提交初审', VERIFY, SUBJECT);
  await page.getByRole('button', { name: '下一步：上传材料' }).click();
  await expect(page).toHaveURL(/\/materials$/);

  // The list for a person in Guangdong: the ID (front and back, or both in one), the sheet with the pledge, the photo.
  const id = page.getByRole('region', { name: '主体负责人证件' });
  await expect(id.getByText('上传正反面，或一张包含两面的图片')).toBeVisible();
  const sheet = page.getByRole('region', { name: '网站备案信息真实性核验单' });
  await expect(sheet.getByText(/本人已履行网站备案信息当面核验手续/)).toBeVisible();
  await expect(page.getByText('还差 4 项必需材料')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The pre-filled sheet downloads as a PDF.
  const downloading = page.waitForEvent('download');
  await sheet.getByRole('button', { name: /下载核验单/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const orderNo =
    (
      await page
        .getByText(/^BA\d{13}/)
        .first()
        .textContent()
    )?.slice(0, 15) ?? 'BA';

  // The sheet as downloaded is not the signed one: the slot says so and keeps nothing; the notice is dismissed.
  await upload(page, '网站备案信息真实性核验单', { name: 'sheet.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(sheet.getByRole('alert')).toContainText('这是系统生成、尚未签字的核验单');
  await sheet.getByRole('button', { name: '关闭“网站备案信息真实性核验单”的上传失败提示' }).press('Enter');
  await expect(sheet.getByRole('alert')).toHaveCount(0);
  await expect(sheet.getByText('未上传')).toBeVisible();

  // A card photographed too small to read is refused by the server's decode, whatever the browser let through.
  await upload(
    page,
    '主体负责人证件正面',
    await cardImage('id-front-small', 'jpeg', { width: 560, height: 360, noise: true }),
  );
  await expect(id.getByRole('alert')).toContainText('图片太小，看不清证件上的文字');

  await upload(page, '主体负责人证件正面', await cardImage('id-front', 'jpeg'));
  const front = id.getByRole('img', { name: '主体负责人证件正面预览' });
  await expect(front).toBeVisible();
  // The thumbnail draws the upload (served as a sandboxed attachment), and opens it in a tab from its bytes.
  await expect.poll(() => front.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const opening = page.waitForEvent('popup');
  await front.click();
  const tab = await opening;
  await expect.poll(() => tab.url()).toMatch(/^blob:/);
  await tab.close();
  await upload(page, '主体负责人证件反面', await cardImage('id-back', 'png'));
  await expect(id.getByRole('img', { name: '主体负责人证件反面预览' })).toBeVisible();
  await expect(id.getByText('已上传').first()).toBeVisible();

  await upload(page, '网站备案信息真实性核验单', await signedSheetPdf(orderNo));
  await expect(sheet.getByRole('link', { name: /PDF 文件/ })).toBeVisible();

  // A phone photo over the 5 MB limit is shrunk in the browser before it is sent.
  const photo = await cardImage('handheld', 'jpeg', { width: 4032, height: 3024, noise: true });
  expect(photo.buffer.length).toBeGreaterThan(5 * 1024 * 1024);
  const handheld = page.getByRole('region', { name: '负责人手持证件照' });
  await upload(page, '负责人手持证件照', photo);
  await expect(handheld.getByText(/已自动压缩：\d+(\.\d)? MB → \d+(\.\d)? MB/)).toBeVisible({ timeout: 30_000 });
  await expect(handheld.getByRole('img', { name: '负责人手持证件照预览' })).toBeVisible();
  await expect(page.getByText('必需材料已全部上传')).toBeVisible();

  // Review: every section with its materials; the agreement; submitting twice sends one submission.
  await page.getByRole('link', { name: '下一步：确认并提交' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('region', { name: '主体负责人' }).getByText(/^4403\*+1313$/)).toBeVisible();
  await expect(page.getByRole('region', { name: '材料' }).getByRole('img')).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: '提交初审' }).dblclick();

  await expect(page.getByRole('heading', { name: /已提交初审/ })).toBeVisible();
  await expect(page.getByText('当前状态：初审中')).toBeVisible();
  await expect(page.getByText(/^初审结果预计在 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）前通知您。$/)).toBeVisible();
  await expect(page.getByText(/提交确认已通过电子邮件和短信发送给您/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // My filings: 初审中, waiting for the review.
  await page.getByRole('link', { name: '返回我的备案' }).click();
  const row = page.getByRole('row').filter({ hasText: VERIFY.domain });
  await expect(row.getByText('初审中')).toBeVisible();
  await expect(row.getByText('等待审核')).toBeVisible();
});
