// Account & security in a real browser: a freshly registered applicant sees its signed-in browsers, signs out the
// other one, and changes its password (the old one stops working, the new one signs in); axe finds nothing
// on the account page or on the check-your-email page with its simulated mailbox.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_PASSWORD, registerApplicant, signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';

async function secondBrowser(browser: Browser, email: string, password = E2E_PASSWORD) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

async function openAccountPage(page: Page) {
  await page.getByRole('banner').getByRole('link', { name: '账户与安全' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '账户与安全' })).toBeVisible();
}

test('the check-your-email page and its simulated mailbox have no accessibility violations', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('姓名').fill('E2E 无障碍');
  await page.getByLabel('邮箱').fill(`e2e-a11y-${Date.now()}@example.com`);
  await page.getByLabel('密码').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '请查收邮件' })).toBeVisible();
  await page.getByRole('button', { name: '打开模拟邮箱' }).click();
  await expect(page.getByRole('link', { name: /\/verify-email#token=/ })).toBeVisible({ timeout: 20_000 });
  expect(await axeViolations(page)).toEqual([]);
});

test('an applicant sees its signed-in browsers, signs out the other one, and changes its password', async ({
  page,
  browser,
}) => {
  // Registration waits for the delivery job, and three browsers sign in.
  test.setTimeout(120_000);
  const email = await registerApplicant(page, 'E2E 账户安全');
  const other = await secondBrowser(browser, email);
  await expect(other.page).toHaveURL('/console');

  await openAccountPage(page);
  const sessions = page.getByRole('table', { name: '当前登录的设备' });
  await expect(sessions.getByRole('row')).toHaveCount(3);
  await expect(sessions.getByRole('rowheader').filter({ hasText: '本设备' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  // The other browser is the row without "this device"; signing it out ends its session at once.
  const otherRow = sessions.getByRole('row').filter({ hasNotText: '本设备' }).nth(1);
  await otherRow.getByRole('button', { name: /^退出 .* 上的登录$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^已退出 .* 上的登录。$/ })).toBeVisible();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await other.page.goto('/console/notifications');
  await expect(other.page).toHaveURL(/\/login\?next=/);

  // A third browser, then the password change signs it out too.
  const third = await secondBrowser(browser, email);
  await expect(third.page).toHaveURL('/console');
  await page.getByLabel('当前密码').fill(E2E_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill('A-brand-new-secret-42');
  await page.getByLabel('再次输入新密码').fill('A-brand-new-secret-42');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码已修改，已退出其他 1 个设备上的登录。')).toBeVisible();
  await third.page.goto('/console/notifications');
  await expect(third.page).toHaveURL(/\/login\?next=/);

  // This browser stays signed in; the old password no longer works and the new one does.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '账户与安全' })).toBeVisible();
  await signIn(other.page, email, E2E_PASSWORD);
  await expect(other.page.getByRole('alert')).toContainText('邮箱或密码不正确');
  await signIn(other.page, email, 'A-brand-new-secret-42');
  await expect(other.page).toHaveURL('/console');

  await other.context.close();
  await third.context.close();
});
