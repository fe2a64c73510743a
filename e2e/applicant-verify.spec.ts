// The applicant's first three steps in a real browser against the API and its seeded simulators (docs/demo-data.md):
// a new account verifies a seeded access filing, fills the subject, confirms websites, and finds it all after a
// reload; then the refusals an applicant most often meets, with their reasons; and, in both languages, the order's
// time on the Beijing clock in one year-first format, named as Beijing time, in a browser that is not in China.
import { expect, test } from '@playwright/test';
import { registerApplicant, signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import { layoutShifts } from './support/layout-shifts.ts';
import { fillVerify } from './support/wizard.ts';

// Case pass-enterprise-three-sites: 上海浦江示例信息技术有限公司, three filed websites, filing password Demo-Filing-31A.
const CASE = {
  province: '上海',
  nature: '企业',
  certNumber: '9131011520150001XD',
  domain: 'pujiang-demo.com.cn',
  resource: '演示-建站主机-包年12个月',
  subjectFilingNo: '沪ICP备2015012345号',
  password: 'Demo-Filing-31A',
  principal: '周立群',
};
const MOBILE = { number: '13912345678', masked: '139****5678' };

/** The minute on the Beijing clock as the console writes it, `2026-12-03 00:25`. */
const beijingMinute = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const LANGUAGES = [
  {
    name: 'Chinese',
    choose: null,
    start: '开始备案',
    labels: { province: '主办单位所在省份', nature: '主办者性质', certNumber: '证件号码', domain: '网站域名' },
    verify: '开始验证',
    detected: '检测到备案类型：接入备案',
    details: /包年包月 12 个月 · 到期 \d{4}-\d{2}-\d{2}/,
    filings: '我的备案',
    updated: '更新时间（北京时间）',
    abandon: '放弃订单',
    confirm: '确认放弃',
    abandoned: /订单 BA\d+ 已放弃。/,
  },
  {
    name: 'English',
    choose: 'English',
    start: 'Start a filing',
    labels: {
      province: 'Province of the subject',
      nature: 'Subject nature',
      certNumber: 'Certificate number',
      domain: 'Website domain',
    },
    verify: 'Verify',
    detected: 'Detected filing type: Access filing',
    details: /Prepaid, 12 months · expires \d{4}-\d{2}-\d{2}/,
    filings: 'My filings',
    updated: 'Updated (Beijing time)',
    abandon: 'Abandon order',
    confirm: 'Abandon',
    abandoned: /Order BA\d+ was abandoned\./,
  },
] as const;

test('a new applicant verifies an access filing, fills the subject and confirms its websites, and a reload keeps it all', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await registerApplicant(page, 'E2E 接入备案');
  await page.getByRole('main').getByRole('link', { name: '开始备案' }).click();
  await expect(page).toHaveURL('/console/filings/new');

  // Step 1: every check passes and the type is detected.
  await fillVerify(page, CASE);
  const checks = page.getByRole('list', { name: '检查项' });
  await expect(checks).toBeVisible();
  expect(await checks.getByRole('listitem').count()).toBeGreaterThan(10);
  await expect(checks.getByText('未通过')).toHaveCount(0);
  await expect(checks.getByText('提醒')).toHaveCount(0);
  await expect(page.getByText('检测到备案类型：接入备案')).toBeVisible();
  await expect(page.getByText(`主体备案号：${CASE.subjectFilingNo}`)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: '下一步：填写主体信息' }).click();
  await expect(page).toHaveURL(/\/console\/filings\/[0-9a-f-]+\/subject$/);

  // Step 2.1: the registry's side, one wrong password first.
  await page.getByLabel('原主体负责人姓名').fill(CASE.principal);
  await page.getByLabel('证件地址').fill('上海市浦东新区示例路 88 号');
  await page.getByLabel('通信地址').fill('上海市浦东新区示例路 88 号 5 楼');
  const password = page.getByLabel('备案密码');
  await password.fill('Wrong-Password-1');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByText(/备案密码不正确，还可尝试 \d+ 次。/)).toBeVisible();
  await password.fill(CASE.password);
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByText('备案密码已验证')).toBeVisible();

  // The new principal, and the mobile confirmed by the code read on the simulated phone beside the code field.
  await page.getByLabel('姓名', { exact: true }).fill(CASE.principal);
  await page.getByLabel('证件号码').fill('310115197905120213');
  await page.getByLabel('手机号码').fill(MOBILE.number);
  await page.getByLabel('电子邮箱').fill('zhou.liqun@example.com');
  await page.getByLabel('应急联系电话').fill('021-55667788');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(`验证码已发送至 ${MOBILE.masked}`, { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /秒后可重新获取/ })).toBeDisabled();
  await page.getByRole('button', { name: '查看模拟手机短信' }).click();
  const text = page.getByRole('list', { name: '模拟手机收到的短信' }).getByText(/您的验证码为 \d{6}/);
  await expect(text).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('短信验证码').fill(/您的验证码为 (\d{6})/.exec((await text.textContent()) ?? '')?.[1] ?? '');
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await expect(page.getByText('手机号已验证')).toBeVisible();
  await expect(page.getByText('主体信息已完成。')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '下一步：确认网站信息' }).click();

  // Step 2.2: the subject's three filed websites are listed; keep and confirm two.
  await expect(page).toHaveURL(/\/websites$/);
  const sites = page
    .getByRole('main')
    .getByRole('region')
    .filter({ has: page.getByRole('button', { name: '不办理此网站' }) });
  await expect(sites).toHaveCount(3);
  await sites.nth(2).getByRole('button', { name: '不办理此网站' }).click();
  await expect(sites).toHaveCount(2);
  for (const site of await sites.all()) await site.getByRole('checkbox', { name: '确认网站信息无误' }).check();
  const next = page.getByRole('button', { name: '下一步：上传材料' });
  await expect(next).toBeEnabled();
  await expect(page.getByText(/^已自动保存 \d{2}:\d{2}:\d{2}（北京时间）$/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Everything is on the server: a reload shows the same.
  await page.reload();
  await expect(sites).toHaveCount(2);
  for (const site of await sites.all())
    await expect(site.getByRole('checkbox', { name: '确认网站信息无误' })).toBeChecked();
  await expect(next).toBeEnabled();
  await page.getByRole('link', { name: /填写主体信息/ }).click();
  await expect(page.getByText('备案密码已验证')).toBeVisible();
  await expect(page.getByText('手机号已验证')).toBeVisible();
  await expect(page.getByLabel('通信地址')).toHaveValue('上海市浦东新区示例路 88 号 5 楼');
  await expect(page.getByLabel('证件号码')).toHaveAccessibleDescription(/已保存：3101\*+0213/);

  await page.getByRole('link', { name: /确认网站信息/ }).click();
  // "Next" saves and goes straight on to the materials, saying (politely) that it saved.
  await page.getByRole('button', { name: '下一步：上传材料' }).click();
  await expect(page).toHaveURL(/\/materials$/);
  await expect(page.getByRole('status').filter({ hasText: '信息已保存。' })).toBeVisible();

  // Frees the subject and domain for the next run against the same data.
  await page.getByRole('button', { name: '放弃订单' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确认放弃' }).click();
  await expect(page.getByText(/订单 BA\d+ 已放弃。/)).toBeVisible();
});

test('ineligible servers and a registrant mismatch are refused with their reasons', async ({ page }) => {
  await registerApplicant(page, 'E2E 验证不通过');
  await page.goto('/console/filings/new');

  // Cases cloud-pay-as-you-go and cloud-overseas: such servers cannot even be chosen, and say why.
  const payAsYouGo = page.getByRole('radio', { name: /演示-北京-按量计费/ });
  await expect(payAsYouGo).toBeDisabled();
  await expect(payAsYouGo).toHaveAccessibleDescription(/按量计费不可用于备案/);
  const overseas = page.getByRole('radio', { name: /演示-中国香港-包年12个月/ });
  await expect(overseas).toBeDisabled();
  await expect(overseas).toHaveAccessibleDescription(/非中国大陆地域，不能用于备案/);
  await expect(page.getByRole('radio', { name: /演示-上海-包月1个月/ })).toHaveAccessibleDescription(
    /包年包月购买不足 3 个月（含续费）/,
  );

  // Case domain-registrant-name: the domain is still registered under the company's former name.
  await fillVerify(page, {
    province: '福建',
    nature: '企业',
    certNumber: '9135010220120005XF',
    domain: 'fzdemo-trade.com',
    resource: '演示-广州-包年12个月',
  });
  await expect(page.getByText('验证未通过，请根据下方原因修改后重新验证')).toBeVisible();
  const registrant = page.getByRole('list', { name: '检查项' }).getByRole('listitem').filter({ hasText: '域名注册人' });
  await expect(registrant).toContainText('未通过');
  await expect(registrant).toContainText('该域名注册人与主办单位名称不一致');
  await expect(page.getByRole('link', { name: '下一步：填写主体信息' })).toHaveCount(0);
});

for (const language of LANGUAGES) {
  test.describe(`in ${language.name}, on a New York clock`, () => {
    // Beijing time must not depend on the browser's own zone: this browser is half a day behind Beijing.
    test.use({ timezoneId: 'America/New_York' });

    test('dates read year first on the Beijing clock and say so', async ({ page }) => {
      test.setTimeout(90_000);
      await registerApplicant(page, 'E2E 北京时间');
      if (language.choose) await page.getByRole('button', { name: language.choose }).click();
      await page.getByRole('main').getByRole('link', { name: language.start }).click();

      // The verify step: the cloud resource's term is counted in months and its expiry is a date alone, year first.
      const resource = page.getByRole('radio', { name: new RegExp(CASE.resource) });
      await expect(resource).toHaveAccessibleDescription(language.details);
      await page.getByLabel(language.labels.province).selectOption('31');
      await page.getByLabel(language.labels.nature).selectOption('ENTERPRISE');
      await page.getByLabel(language.labels.certNumber).fill(CASE.certNumber);
      await page.getByLabel(language.labels.domain).fill(CASE.domain);
      await resource.check();
      const before = beijingMinute(new Date());
      await page.getByRole('button', { name: language.verify, exact: true }).click();
      await expect(page.getByText(language.detected)).toBeVisible();
      const after = beijingMinute(new Date());

      // The order list: the time it was last changed, in Beijing time whatever the browser's zone, and named so.
      await page.getByRole('link', { name: language.filings, exact: true }).first().click();
      const table = page.getByRole('table');
      await expect(table.getByRole('columnheader', { name: language.updated })).toBeVisible();
      const row = table.getByRole('row').filter({ hasText: CASE.domain });
      const updatedCell = row.getByRole('cell').last();
      await expect(updatedCell).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      const updated = (await updatedCell.textContent()) ?? '';
      expect(updated >= before && updated <= after).toBe(true);

      // Frees the subject and domain for the next run against the same data.
      await row.getByRole('rowheader').getByRole('link').click();
      await page.getByRole('button', { name: language.abandon }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: language.confirm, exact: true }).click();
      await expect(page.getByText(language.abandoned)).toBeVisible();
    });
  });
}

test.describe('a direct visit to the verify step, on a slow phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('arrives painted in the HTML, and the app takes it over without moving it or an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await signIn(page, 'applicant@demo.beian.test');
    await expect(page).toHaveURL('/console');
    // Where the page's landmarks lie in the picture the HTML brought, before any script ran. The app's render puts
    // new elements in their place, which the browser does not count as shifts: compared here instead.
    const landmarks = ['h1', '.stepper', '.prepare-panel', '.card'];
    await page.addInitScript((selectors) => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        (window as { pictured?: (number | undefined)[] }).pictured = selectors.map(
          (selector) => document.querySelector(selector)?.getBoundingClientRect().top,
        );
      });
    }, landmarks);
    // The CPU slowed four times, as Lighthouse's phone.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let load = 0; load < 2; load += 1) {
      const response = await page.goto('/console/filings/new');
      // The page before any script ran: the step, what to prepare, its controls held, and no one's name.
      const html = (await response?.text()) ?? '';
      expect(html).toContain('<h1 class="page-header__title">验证备案信息</h1>');
      expect(html).toContain('开始前需要准备的信息');
      expect(html).toContain('<span class="topbar__name"></span>');
      expect(html).toMatch(/<button type="submit" class="button button--primary" disabled="">开始验证<\/button>/);

      await expect(page.getByRole('button', { name: '开始验证' })).toBeEnabled();
      await expect(page.getByRole('banner')).toContainText('演示申请人');
      const { pictured, rendered } = await page.evaluate(
        (selectors) => ({
          pictured: (window as { pictured?: (number | undefined)[] }).pictured,
          rendered: selectors.map((selector) => document.querySelector(selector)?.getBoundingClientRect().top),
        }),
        landmarks,
      );
      expect(
        pictured?.filter((top) => typeof top === 'number'),
        `the page's picture in load ${load + 1}`,
      ).toHaveLength(landmarks.length);
      expect(rendered, `the app's render in load ${load + 1}`).toEqual(pictured);
      const shifts = await layoutShifts(page);
      expect(
        shifts.reduce((sum, value) => sum + value, 0),
        `layout shift in load ${load + 1}`,
      ).toBeLessThan(0.01);
    }
    // The app's own render: the phone's folded stepper, and the form takes input.
    await expect(page.getByRole('navigation', { name: '备案步骤' }).getByText('第 1 步，共 7 步')).toBeVisible();
    await page.getByLabel('网站域名').fill('pujiang-demo.com.cn');
    await expect(page.getByLabel('网站域名')).toHaveValue('pujiang-demo.com.cn');
    expect(errors).toEqual([]);
  });
});
