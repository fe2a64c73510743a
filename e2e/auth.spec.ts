// Sign-in, role homes, language and sign-out in a real browser against the real API and its seeded demo accounts.
import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, E2E_PASSWORD, registerApplicant, signIn } from './support/auth.ts';
import { seriousAxeViolations } from './support/axe.ts';

for (const demo of DEMO_ACCOUNTS) {
  test(`${demo.role} signs in and lands on its own layout`, async ({ page }) => {
    await signIn(page, demo.email);

    await expect(page).toHaveURL(demo.home);
    await expect(page.getByRole('heading', { level: 1, name: demo.heading })).toBeVisible();
    await expect(page.getByRole('navigation', { name: demo.nav })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('备案控制台');
  });
}

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, 'applicant@demo.beian.test', 'not-the-password');

  await expect(page.getByRole('alert')).toHaveText(
    '邮箱或密码不正确，请检查后重试。刚注册的账号需先打开验证邮件中的链接确认邮箱。',
  );
  await expect(page).toHaveURL('/login');
});

test('English replaces the Chinese labels, survives a reload and follows the account to a new browser', async ({
  page,
  browser,
}) => {
  const email = await registerApplicant(page, 'E2E 语言');
  const nav = page.getByRole('navigation', { name: '申请人导航' });
  await expect(nav.getByRole('link', { name: '我的备案' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My filings' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Applicant navigation' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My filings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // A browser with no choice of its own shows the account's saved language after sign-in.
  const elsewhere = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, email, E2E_PASSWORD);
  await expect(otherPage.getByRole('heading', { level: 1, name: 'My filings' })).toBeVisible();
  await elsewhere.close();
});

test('signing out returns to the sign-in page and closes the console', async ({ page }) => {
  await signIn(page, 'reviewer@demo.beian.test');
  await expect(page).toHaveURL('/review');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/login');
  await expect(page.getByRole('heading', { level: 1, name: '登录备案控制台' })).toBeVisible();

  await page.goto('/review');
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent('/review')}`);
});

test('the sign-in page and a console layout have no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await signIn(page, 'admin@demo.beian.test');
  await expect(page.getByRole('heading', { level: 1, name: '管理概览' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
