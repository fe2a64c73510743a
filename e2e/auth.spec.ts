// Sign-in, role homes, language and sign-out in a real browser against the real API and its seeded demo accounts.
import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, E2E_PASSWORD, registerApplicant, signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import { layoutShifts } from './support/layout-shifts.ts';

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

// The refusal is the meter's longest text: two lines in Chinese on a desktop, three in English on a narrow phone.
const METER_CASES = [
  {
    name: 'in Chinese on a desktop',
    viewport: { width: 1280, height: 720 },
    choose: undefined,
    labels: { submit: '注册', password: '密码' },
    refused: /^密码强度：.*提交时会被拒绝。$/,
    accepted: /^密码强度：.*可以使用。$/,
  },
  {
    name: 'in English on a narrow phone',
    viewport: { width: 320, height: 640 },
    choose: 'English',
    labels: { submit: 'Create account', password: 'Password' },
    refused: /^Password strength: .*it will be refused\.$/,
    accepted: /^Password strength: .*Good to use\.$/,
  },
];

for (const c of METER_CASES) {
  test.describe(c.name, () => {
    test.use({ viewport: c.viewport });

    test('the register button stays in place while the password is scored, so a click aimed at it lands on it', async ({
      page,
    }) => {
      await page.goto('/register');
      if (c.choose) await page.getByRole('button', { name: c.choose }).click();
      const button = page.getByRole('button', { name: c.labels.submit });
      const top = async () => (await button.boundingBox())?.y;
      const before = await top();
      expect(before).toBeDefined();

      // The estimator loads on the first keystroke.
      await page.getByLabel(c.labels.password).fill('password12');
      await expect(page.getByText(c.refused)).toBeVisible();
      expect(await top()).toBe(before);

      await page.getByLabel(c.labels.password).fill(E2E_PASSWORD);
      await expect(page.getByText(c.accepted)).toBeVisible();
      expect(await top()).toBe(before);
    });
  });
}

test('signing out returns to the sign-in page and closes the console', async ({ page }) => {
  await signIn(page, 'reviewer@demo.beian.test');
  await expect(page).toHaveURL('/review');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/login');
  await expect(page.getByRole('heading', { level: 1, name: '登录备案控制台' })).toBeVisible();

  await page.goto('/review');
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent('/review')}`);
});

test('the sign-in page arrives rendered in the chosen language and hydrates without a console error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The session check of a visitor who is not signed in answers 401, which the browser logs as a failed load.
    if (message.type() === 'error' && !message.text().includes('status of 401')) errors.push(message.text());
  });
  // The heading as the HTML brought it, before any script ran: hydration keeps that very element.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as { prerenderedHeading?: Element | null }).prerenderedHeading = document.querySelector('h1');
      }
    });
  });
  const sameHeading = () =>
    page.evaluate(() => {
      const kept = (window as { prerenderedHeading?: Element | null }).prerenderedHeading;
      return Boolean(kept?.isConnected) && kept === document.querySelector('h1');
    });

  const chinese = await page.goto('/login');
  expect(await chinese?.text()).toContain('<h1 class="auth-card__title">登录备案控制台</h1>');
  await expect(page.getByRole('button', { name: '登录' })).toBeEnabled();
  expect(await sameHeading()).toBe(true);

  await page.getByRole('button', { name: 'English' }).click();
  const english = await page.reload();
  expect(await english?.text()).toContain('<h1 class="auth-card__title">Sign in to Beian Console</h1>');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  expect(await sameHeading()).toBe(true);
  expect(errors).toEqual([]);
});

test.describe('on a slow phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('the sign-in page is painted whole: nothing on it moves while it loads and starts', async ({ page }) => {
    // The CPU slowed four times, as Lighthouse's phone: the HTML parser then yields part-way through the page.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let load = 0; load < 3; load += 1) {
      await page.goto('/login');
      await expect(page.getByRole('button', { name: '登录' })).toBeEnabled();
      const shifts = await layoutShifts(page);
      expect(shifts, `layout shifts in load ${load + 1}`).toEqual([]);
    }
  });
});

test('the sign-in page and a console layout have no accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await signIn(page, 'admin@demo.beian.test');
  await expect(page.getByRole('heading', { level: 1, name: '管理概览' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
