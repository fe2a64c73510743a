// The admin simulator page against the real API: reached from the navigation, the SMS outbox first, the three
// simulated systems as tabs a keyboard can move between, and no accessibility violations.
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';

test('the admin opens the simulators from the navigation and reads the SMS outbox', async ({ page }) => {
  await signIn(page, 'admin@demo.beian.test');
  await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '模拟器' }).click();
  await expect(page).toHaveURL('/admin/simulator');
  await expect(page.getByRole('heading', { level: 1, name: '模拟器' })).toBeVisible();

  const outbox = page.getByRole('tabpanel', { name: '短信发件箱' });
  await expect(outbox.getByRole('heading', { name: '短信发件箱' })).toBeVisible();
  // Whether an applicant has asked for a code yet depends on what ran before; either answer is a real one.
  const table = outbox.getByRole('table', { name: '已发送的短信（按时间从新到旧）' });
  await expect(table.or(outbox.getByText('申请人获取短信验证码后，短信会显示在这里。'))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The other systems, by keyboard: the selected tab takes the arrow keys and the choice goes into the address.
  await page.getByRole('tab', { name: '短信发件箱' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '工信部/管局提交' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL('/admin/simulator?view=bureau');
  const bureau = page.getByRole('tabpanel', { name: '工信部/管局提交' });
  await expect(
    bureau
      .getByRole('table', { name: '管局收到的提交（按时间从新到旧，时间为北京时间）' })
      .or(bureau.getByText('还没有提交到管局的订单')),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL('/admin/simulator?view=courier');
  const courier = page.getByRole('tabpanel', { name: '快递（顺丰）' });
  await expect(
    courier.getByRole('table', { name: '顺丰寄件（按时间从新到旧）' }).or(courier.getByText('还没有寄件')),
  ).toBeVisible();
});
