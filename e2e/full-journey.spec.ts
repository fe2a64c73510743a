// The whole journey in real browsers against the API: a new applicant account (case province-52, Guizhou, used by no
// other spec) verifies, fills the subject and websites in the wizard, uploads the materials and submits; the reviewer
// rejects the mailing address in the initial review, the applicant fixes it and resubmits, and it is approved; the
// applicant asks for the free curtain and uploads the photo, which the second review approves; the console submits
// the filing to the bureau, the principal confirms MIIT's text on the simulated MIIT page from a phone, the admin
// approves as the bureau on the simulator page, and the applicant ends on the filed view with every step in the
// notification centre. The bureau jobs run on their own intervals in the server, so the spec waits for them.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import { reviewerApprovesInitial, submitOnReviewStep, uploadRequiredMaterials } from './support/filing-through-api.ts';
import { approvePhoto, requestCurtain, reviewerClaimsPhoto, uploadCurtainPhoto } from './support/photo-step.ts';
import { sessionApi } from './support/session-api.ts';
import { latestSmsCode } from './support/sms-outbox.ts';
import { filledDraft } from './support/wizard.ts';

// Case province-52: 杨光, 黔ICP备2020052007号 (website 黔ICP备2020052007号-1), filing password Demo-Filing-52A.
const PROVINCE = '52';
const CERT = '520102198908081530';
const VERIFY = {
  province: '贵州',
  nature: '个人',
  certNumber: CERT,
  domain: 'guizhou-demo.cn',
  resource: '演示-广州-包年12个月',
};
const SUBJECT = {
  password: 'Demo-Filing-52A',
  originalPrincipal: '杨光',
  certificateAddress: '贵州省贵阳市南明区示例路 52 号',
  // Incomplete on purpose: the initial review rejects it, and the applicant fixes it to MAILING_FIXED.
  mailingAddress: '贵州省贵阳市',
  principal: { name: '杨光', certNumber: CERT, email: 'yang.guang@example.com', emergencyPhone: '0851-86660000' },
  mobile: { number: '13623456752', masked: '136****6752' },
};
const MAILING_FIXED = '贵州省贵阳市南明区示例路 52 号 1 栋 802 室';
const SUBJECT_FILING_NO = '黔ICP备2020052007号';
const WEBSITE_FILING_NO = '黔ICP备2020052007号-1';
// The bureau jobs run every 30 seconds: a stage moves on within a minute. The page reads the SMS check again every
// 15 seconds by itself; where it does not, the spec reloads it every 5 seconds (the server's per-address request
// budget is shared with the other worker's spec).
const JOB_WAIT = { timeout: 75_000 };

/** A signed-in staff browser of its own. */
async function staffPage(browser: Browser, email: string, home: RegExp): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(home);
  return page;
}

/** The reviewer claims Guizhou's next filing in the initial review and rejects its mailing address. */
async function reviewerRejectsMailingAddress(browser: Browser, orderNo: string): Promise<void> {
  const reviewer = await staffPage(browser, 'reviewer@demo.beian.test', /\/review$/);
  await reviewer.goto(`/review/initial?province=${PROVINCE}`);
  await expect(reviewer.getByRole('row').filter({ hasText: orderNo })).toBeVisible();
  await reviewer.getByRole('button', { name: '领取下一个' }).click();
  await expect(reviewer.getByRole('heading', { level: 1, name: new RegExp(orderNo) })).toBeVisible();
  await reviewer.getByRole('button', { name: '驳回', exact: true }).click();
  const form = reviewer.getByRole('form', { name: '驳回理由' });
  await form.getByLabel('常用理由').selectOption('MAILING_ADDRESS_INCOMPLETE');
  await form.getByRole('button', { name: '确认驳回' }).click();
  await expect(reviewer.getByText(`订单 ${orderNo} 已驳回，申请人会看到驳回理由。`)).toBeVisible();
  await reviewer.context().close();
}

/** The principal's phone: MIIT's verification page with the texted code and the certificate's last 6 characters. */
async function principalConfirmsOnMiit(browser: Browser, baseURL: string, since: Date): Promise<void> {
  const code = await latestSmsCode(baseURL, SUBJECT.mobile.masked, since, '核验码');
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
  const phone = await context.newPage();
  await phone.goto('/miit/sms-check');
  await expect(phone.getByRole('heading', { level: 1, name: /短信核验/ })).toBeVisible();
  expect(await axeViolations(phone)).toEqual([]);
  await phone.getByLabel('手机号码').fill(SUBJECT.mobile.number);
  await phone.getByLabel('短信核验码').fill(code);
  await phone.getByLabel('证件号码后六位').fill(CERT.slice(-6));
  await phone.getByRole('button', { name: '提交核验' }).click();
  await expect(phone.getByText('核验成功', { exact: true })).toBeVisible();
  await expect(phone.getByText(/所有负责人均已完成短信核验/)).toBeVisible();
  await context.close();
}

/** The admin approves the submission as the bureau on the simulator page. */
async function bureauApprovesOnSimulator(browser: Browser, orderNo: string): Promise<void> {
  const admin = await staffPage(browser, 'admin@demo.beian.test', /\/admin$/);
  await admin.goto('/admin/simulator?view=bureau');
  const row = admin.getByRole('row').filter({ hasText: orderNo });
  await expect(row).toBeVisible();
  expect(await axeViolations(admin)).toEqual([]);
  await row.getByRole('button', { name: new RegExp(`^通过\\s*（订单 ${orderNo}）$`) }).click({ timeout: 15_000 });
  await expect(admin.getByText(`订单 ${orderNo} 已通过。`)).toBeVisible();
  await admin.context().close();
}

test('a new applicant goes from the verify step to 备案完成 through both reviews, the curtain, MIIT and the bureau', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(420_000);
  // Wizard: verify, subject (SMS code from the outbox), websites, in the browser; the materials through the API.
  await filledDraft(page, baseURL as string, 'E2E 全流程', VERIFY, SUBJECT);
  const id = /\/console\/filings\/([0-9a-f-]+)\//.exec(page.url())?.[1] as string;
  const api = await sessionApi(page.request);
  const { orderNo } = (await api.get(`/api/filings/${id}`)) as { orderNo: string };
  await uploadRequiredMaterials(page, { id, orderNo });
  await page.goto(`/console/filings/${id}/review`);
  await submitOnReviewStep(page);

  // Initial review: rejected on the mailing address, fixed, resubmitted, approved.
  await reviewerRejectsMailingAddress(browser, orderNo);
  await page.goto(`/console/filings/${id}/subject`);
  await expect(page.getByText('初审未通过：请根据以下意见修改后重新提交')).toBeVisible();
  await page.getByLabel('通信地址').fill(MAILING_FIXED);
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.goto(`/console/filings/${id}/review`);
  await submitOnReviewStep(page, '重新提交');
  await reviewerApprovesInitial(browser, PROVINCE, { id, orderNo, version: 0 });

  // Photo: the free curtain, then the selfie; the second review approves it.
  await page.goto(`/console/filings/${id}/photo`);
  await requestCurtain(page, {
    recipient: SUBJECT.principal.name,
    mobile: '139 0085 2052',
    province: '贵州省',
    city: '贵阳市',
    district: '南明区',
    street: '示例路 52 号 1 栋 802 室',
  });
  await uploadCurtainPhoto(page);
  const reviewer = await reviewerClaimsPhoto(browser, PROVINCE, orderNo);
  const approvedAt = new Date();
  await approvePhoto(reviewer, orderNo);
  await reviewer.context().close();

  // Bureau: the console submits; the progress page lists the verifier waiting for MIIT's text.
  await page.goto(`/console/filings/${id}/progress`);
  await expect(page.getByRole('heading', { name: '工信部短信核验' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^待核验/ }).first()).toBeVisible(JOB_WAIT);
  await expect(page.getByText('时间均为北京时间。')).toBeVisible();
  await expect(page.getByRole('link', { name: /工信部短信核验页面/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await principalConfirmsOnMiit(browser, baseURL as string, approvedAt);

  // The check is complete: the bureau reviews; the admin decides as the bureau on the simulator page.
  await expect(page.getByRole('heading', { name: '管局审核中' })).toBeVisible(JOB_WAIT);
  await bureauApprovesOnSimulator(browser, orderNo);

  // 备案完成: the filed view with the numbers and this provider among the access providers.
  await expect(async () => {
    await page.reload();
    // The page has read the filing once its order line shows: on a busy machine that takes a second or two after a
    // reload. Only then does a missing filed view mean the bureau has not finished.
    await expect(page.getByText(orderNo).first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { name: '备案信息' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ ...JOB_WAIT, intervals: [5_000] });
  const filed = page.locator('section').filter({ has: page.getByRole('heading', { name: '备案信息' }) });
  await expect(filed.getByText(SUBJECT_FILING_NO, { exact: true })).toBeVisible();
  await expect(filed.getByText(WEBSITE_FILING_NO, { exact: true })).toBeVisible();
  await expect(filed.getByText('本云服务商').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Every step in the notification centre.
  await page.goto('/console/notifications');
  const list = page.getByRole('list', { name: '消息列表' });
  for (const heading of [
    '初审未通过',
    '已重新提交初审',
    '初审已通过',
    '已提交核验照片',
    '复审已通过',
    '已提交管局，请完成工信部短信核验',
    '工信部短信核验已完成',
    '管局审核通过，备案完成',
  ]) {
    await expect(list.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(list.getByText(new RegExp(WEBSITE_FILING_NO)).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
