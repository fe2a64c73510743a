// Shared steps of the applicant wizard in the browser (Chinese UI): verify a seeded case, fill the subject with the
// SMS code from the simulator's outbox, and confirm every website, up to a draft that only lacks its materials.
import { expect, type Page } from '@playwright/test';
import { registerApplicant } from './auth.ts';
import { latestSmsCode } from './sms-outbox.ts';

export type VerifyInput = { province: string; nature: string; certNumber: string; domain: string; resource: string };

export type SubjectInput = {
  password: string;
  originalPrincipal: string;
  certificateAddress: string;
  mailingAddress: string;
  principal: { name: string; certNumber: string; email: string; emergencyPhone: string };
  /** A mobile no other spec uses, so the outbox's newest code for it is this test's. */
  mobile: { number: string; masked: string };
};

export async function fillVerify(page: Page, input: VerifyInput): Promise<void> {
  await page.getByLabel('主办单位所在省份').selectOption({ label: input.province });
  await page.getByLabel('主办者性质').selectOption({ label: input.nature });
  await page.getByLabel('证件号码').fill(input.certNumber);
  await page.getByLabel('网站域名').fill(input.domain);
  await page.getByRole('radio', { name: new RegExp(input.resource) }).check();
  await page.getByRole('button', { name: '开始验证' }).click();
}

export async function fillSubject(page: Page, baseURL: string, input: SubjectInput): Promise<void> {
  await page.getByLabel('原主体负责人姓名').fill(input.originalPrincipal);
  await page.getByLabel('证件地址').fill(input.certificateAddress);
  await page.getByLabel('通信地址').fill(input.mailingAddress);
  await page.getByLabel('备案密码').fill(input.password);
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByText('备案密码已验证')).toBeVisible();

  await page.getByLabel('姓名', { exact: true }).fill(input.principal.name);
  await page.getByLabel('证件号码').fill(input.principal.certNumber);
  await page.getByLabel('手机号码').fill(input.mobile.number);
  await page.getByLabel('电子邮箱').fill(input.principal.email);
  await page.getByLabel('应急联系电话').fill(input.principal.emergencyPhone);
  const sentAt = new Date();
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(`验证码已发送至 ${input.mobile.masked}`, { exact: false })).toBeVisible();
  await page.getByLabel('短信验证码').fill(await latestSmsCode(baseURL, input.mobile.masked, sentAt));
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await expect(page.getByText('手机号已验证')).toBeVisible();
  await expect(page.getByText('主体信息已完成。')).toBeVisible();
}

/** Confirms every listed website with the cloud service and principal the step suggests. */
export async function confirmWebsites(page: Page): Promise<void> {
  const sites = page
    .getByRole('main')
    .getByRole('region')
    .filter({ has: page.getByRole('button', { name: '不办理此网站' }) });
  await expect(sites.first()).toBeVisible();
  for (const site of await sites.all()) await site.getByRole('checkbox', { name: '确认网站信息无误' }).check();
  await expect(page.getByRole('button', { name: '下一步：上传材料' })).toBeEnabled();
}

/** A new account's draft of `verify`, with the subject filled and the websites confirmed; ends on the websites step. */
export async function filledDraft(
  page: Page,
  baseURL: string,
  name: string,
  verify: VerifyInput,
  subject: SubjectInput,
): Promise<void> {
  await registerApplicant(page, name);
  await page.goto('/console/filings/new');
  await fillVerify(page, verify);
  await page.getByRole('link', { name: '下一步：填写主体信息' }).click();
  await expect(page).toHaveURL(/\/console\/filings\/[0-9a-f-]+\/subject$/);
  await fillSubject(page, baseURL, subject);
  await page.getByRole('button', { name: '下一步：确认网站信息' }).click();
  await expect(page).toHaveURL(/\/websites$/);
  await confirmWebsites(page);
}
