// The admin, reviewer and photo-point consoles against the real API on a fresh database: each page does something
// real, and none has accessibility violations.
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';

test('the admin goes from the overview to the audit log and filters it through the address', async ({ page }) => {
  await signIn(page, 'admin@demo.beian.test');
  await expect(page.getByRole('heading', { level: 1, name: '管理概览' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link')).toHaveText([
    '概览',
    '拍照点',
    '幕布邮寄',
    '备案规则',
    '节假日',
    '用户',
    '审核改派',
    '核验失败订单',
    '审计日志',
    '模拟器',
  ]);

  await page.getByRole('link', { name: '查看审计日志' }).click();
  await expect(page).toHaveURL('/admin/audit-log');
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  // Whether anything has been recorded yet depends on what ran before; either answer is a real one.
  const table = page.getByRole('table', { name: '审计记录（按时间从新到旧）' });
  await expect(table.or(page.getByText('还没有审计记录'))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const orderNo = page.getByLabel('备案订单号', { exact: true });
  await orderNo.fill('BA2099010100001');
  await orderNo.press('Enter');
  await expect(page).toHaveURL('/admin/audit-log?orderNo=BA2099010100001');
  await expect(page.getByText('没有订单号为 BA2099010100001 的备案，请检查订单号。')).toBeVisible();

  // The filtered view is a link: opening it again shows the same filter.
  await page.reload();
  await expect(page.getByLabel('备案订单号', { exact: true })).toHaveValue('BA2099010100001');
  await expect(page.getByText('没有订单号为 BA2099010100001 的备案，请检查订单号。')).toBeVisible();
});

test('the admin sees the reviewers with their claims and the queue to reassign from', async ({ page }) => {
  await signIn(page, 'admin@demo.beian.test');
  await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '审核改派' }).click();
  await expect(page).toHaveURL('/admin/review-assignments');
  await expect(page.getByRole('heading', { level: 1, name: '审核改派' })).toBeVisible();
  const reviewers = page.getByRole('table', { name: '可接受改派的审核员（按姓名排列）' });
  await expect(reviewers.getByRole('row').filter({ hasText: 'reviewer@demo.beian.test' })).toBeVisible();
  // Whether anything waits depends on what ran before; either answer is a real one.
  const queue = page.getByRole('table', { name: '待初审的订单（按截止时间排列，已超时的在前）' });
  await expect(queue.or(page.getByText('没有待初审的订单'))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the reviewer sees the review and bureau dashboard figures as numbers', async ({ page }) => {
  await signIn(page, 'reviewer@demo.beian.test');
  await expect(page.getByRole('heading', { level: 1, name: '审核工作台' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '审核工作台导航' }).getByRole('link')).toHaveText([
    '工作台',
    '初审队列',
    '复审队列',
    '核验失败订单',
  ]);

  const groups = {
    审核: ['初审待审', '复审待审', '已超时'],
    管局阶段: ['短信核验中', '核验失败待重新提交', '管局审核中', '已超时'],
  };
  for (const [group, labels] of Object.entries(groups)) {
    const region = page.getByRole('region', { name: group, exact: true });
    for (const label of labels) {
      const term = region.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
      await expect(term.locator('xpath=following-sibling::dd[1]')).toHaveText(/^\d[\d,]*$/);
    }
  }
  // Today's decisions per reviewer: a table, or the sentence that nobody has decided anything yet today.
  await expect(
    page.getByRole('table', { name: /^今日审核（北京时间 / }).or(page.getByText(/还没有人作出通过或驳回的决定/)),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the reviewer filters the initial review queue through the address', async ({ page }) => {
  await signIn(page, 'reviewer@demo.beian.test');
  await page.getByRole('navigation', { name: '审核工作台导航' }).getByRole('link', { name: '初审队列' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '初审队列' })).toBeVisible();
  // Whether anything waits depends on what ran before; either answer is a real one.
  const table = page.getByRole('table', { name: '待初审的订单（按截止时间排列，已超时的在前）' });
  await expect(table.or(page.getByText('没有待初审的订单'))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('只看已超时').check();
  await page.getByLabel('省份').selectOption('65');
  await expect(page).toHaveURL('/review/initial?province=65&overdue=true');
  await expect(table.or(page.getByText('没有符合筛选条件的订单'))).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('只看已超时')).toBeChecked();
});

test('the operator searches an unknown order number and is told so', async ({ page }) => {
  await signIn(page, 'operator@demo.beian.test');
  await expect(page.getByRole('heading', { level: 1, name: '拍照点工作台' })).toBeVisible();

  await page.getByLabel('备案订单号').fill('ba2000010100000');
  await page.getByLabel('备案订单号').press('Enter');

  await expect(page).toHaveURL('/photo-point?orderNo=BA2000010100000');
  await expect(page.getByText('没有等待拍照的订单 BA2000010100000', { exact: false })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
