// Shared steps for browser tests: the seeded demo accounts and signing in through the real form.
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';

export const DEMO_ACCOUNTS = [
  { role: 'APPLICANT', email: 'applicant@demo.beian.test', home: '/console', nav: '申请人导航', heading: '我的备案' },
  {
    role: 'REVIEWER',
    email: 'reviewer@demo.beian.test',
    home: '/review',
    nav: '审核工作台导航',
    heading: '审核工作台',
  },
  { role: 'ADMIN', email: 'admin@demo.beian.test', home: '/admin', nav: '管理后台导航', heading: '管理概览' },
  {
    role: 'OPERATOR',
    email: 'operator@demo.beian.test',
    home: '/photo-point',
    nav: '拍照点导航',
    heading: '拍照点工作台',
  },
] as const;

/** Signs in on the Chinese sign-in page (the default language of a fresh browser). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

export const E2E_PASSWORD = 'E2e-Passw0rd!';

/**
 * Creates a fresh applicant account as a person would: the form, then the confirmation email, read from the mail
 * simulator's mailbox that the check-your-email page offers, and its link, which signs the browser in.
 */
export async function registerApplicant(page: Page, name: string): Promise<string> {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto('/register');
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '请查收邮件' })).toBeVisible();
  await page.getByRole('button', { name: '打开模拟邮箱' }).click();
  // The delivery job sends every few seconds; the mailbox asks again until the email is there.
  const link = page.getByRole('link', { name: /\/verify-email#token=/ });
  await expect(link).toBeVisible({ timeout: 20_000 });
  await link.click();
  await expect(page).toHaveURL(/\/console$/);
  return email;
}
