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

/** Creates a fresh applicant account, so a test can change its settings without touching the shared demo data. */
export async function registerApplicant(page: Page, name: string): Promise<string> {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = 'E2e-Passw0rd!';
  await page.goto('/register');
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '注册' }).click();
  // The server may or may not start a session on registration; both lead to the console.
  await expect(page).toHaveURL(/\/(console|login\?registered=1)$/);
  if (page.url().includes('/login')) await signIn(page, email, password);
  await expect(page).toHaveURL(/\/console$/);
  return email;
}
