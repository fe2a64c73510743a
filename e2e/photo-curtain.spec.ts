// The curtain mail-out and the self-taken photo in real browsers against the API: the applicant (case province-54,
// used by no other spec) requests the free curtain on the photo step with a real address and sees its planned
// dispatch date, uploads the photo after the confirmation; the reviewer rejects it with a reason on the photo; the
// applicant is offered the upload straight away with the curtain already received and retakes it; the reviewer
// approves; the photo step says the filing waits for MIIT's SMS check. The reviewer works the second review in the
// second-review queue and review page; the initial approval, not this spec's subject, goes through the API.
import { expect, test } from '@playwright/test';
import { registerApplicant } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import {
  type DemoCase,
  draftWithMaterials,
  reviewerApprovesInitial,
  submitOnReviewStep,
} from './support/filing-through-api.ts';
import { approvePhoto, reviewerClaimsPhoto, uploadCurtainPhoto } from './support/photo-step.ts';

// Case province-54: 次仁卓玛, 藏ICP备2020054009号, filing password Demo-Filing-54A (docs/demo-data.md).
const CASE: DemoCase = {
  province: '54',
  nature: 'PERSONAL',
  certType: 'RESIDENT_ID',
  certNumber: '540102199504042621',
  domain: 'xizang-demo.cn',
  resource: '演示-广州-包年12个月',
  password: 'Demo-Filing-54A',
  registryPrincipal: '次仁卓玛',
  certificateAddress: '西藏自治区拉萨市城关区示例路 54 号',
  mailingAddress: '西藏自治区拉萨市城关区示例路 54 号',
  principal: {
    name: '次仁卓玛',
    certType: 'RESIDENT_ID',
    certNumber: '540102199504042621',
    email: 'tsering.drolma@example.com',
    emergencyPhone: '0891-6660000',
  },
  mobile: { number: '13623456754', masked: '136****6754' },
};

test('the applicant requests the curtain, uploads the photo, retakes it after a rejection, and reaches the MIIT check', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await registerApplicant(page, 'E2E 幕布邮寄');
  const filing = await draftWithMaterials(page, baseURL as string, CASE);
  await page.goto(`/console/filings/${filing.id}/review`);
  await submitOnReviewStep(page);
  await reviewerApprovesInitial(browser, CASE.province, filing);

  // The photo step: the curtain's form, with the address picked from real provinces, cities and districts.
  await page.goto(`/console/filings/${filing.id}/photo`);
  const curtain = page.getByRole('region', { name: '幕布邮寄' });
  const form = curtain.getByRole('form', { name: '申请免费幕布' });
  await expect(form).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await form.getByLabel('收件人', { exact: true }).fill(CASE.principal.name);
  await form.getByLabel('收件人手机号').fill('139 0089 1054');
  const province = form.getByRole('combobox', { name: '省份' });
  await expect(province).toBeEnabled();
  await province.selectOption({ label: '西藏自治区' });
  await form.getByRole('combobox', { name: '城市' }).selectOption({ label: '拉萨市' });
  await form.getByRole('combobox', { name: '区县' }).selectOption({ label: '城关区' });
  await form.getByLabel('详细地址').fill('北京中路 54 号 3 单元 201');
  await form.getByRole('button', { name: '提交申请' }).click();

  const status = curtain.getByRole('region', { name: '幕布寄送' });
  await expect(status).toContainText('西藏自治区拉萨市城关区北京中路 54 号 3 单元 201');
  await expect(status).toContainText(/幕布计划于 \d{4}-\d{2}-\d{2} 寄出/);
  await expect(status).toContainText('139****1054');
  expect(await axeViolations(page)).toEqual([]);

  await uploadCurtainPhoto(page);

  // The reviewer rejects the photo with a reason on it.
  const rejecting = await reviewerClaimsPhoto(browser, CASE.province, filing.orderNo);
  await rejecting.getByRole('button', { name: '驳回', exact: true }).click();
  const reasons = rejecting.getByRole('form', { name: '驳回理由' });
  await reasons.getByLabel('常用理由').selectOption('PHOTO_BACKGROUND_MISSING');
  await reasons.getByRole('button', { name: '确认驳回' }).click();
  await expect(
    rejecting.getByText(`订单 ${filing.orderNo} 的核验照片已驳回，申请人会看到理由并重新拍照。`),
  ).toBeVisible();
  await rejecting.context().close();

  // Rejected: no second free curtain; the upload is offered straight away with the one received.
  await page.reload();
  await expect(page.getByText('核验照片未通过复审', { exact: true })).toBeVisible();
  await expect(curtain.getByText('使用已收到的幕布重新拍照')).toBeVisible();
  await expect(curtain.getByRole('form', { name: '申请免费幕布' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await uploadCurtainPhoto(page);

  const approving = await reviewerClaimsPhoto(browser, CASE.province, filing.orderNo);
  expect(await axeViolations(approving)).toEqual([]);
  await approvePhoto(approving, filing.orderNo);
  await approving.context().close();
  await page.reload();
  await expect(page.getByText('核验照片已通过复审', { exact: true })).toBeVisible();
  await expect(page.getByText(/订单正在等待工信部短信核验/)).toBeVisible();
  await expect(page.getByText(/· 工信部短信核验中 ·/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
