// The initial review round trip in two real browsers against the API: a reviewer claims a submitted filing (case
// pass-jiangxi, used by no other spec, claimed through the queue's province filter so another spec's filing is
// never taken), compares it in two columns with the signed sheet drawn by pdf.js under the real CSP, and rejects it
// with a reason on the mailing address; the applicant sees that field highlighted with the suggestion, fixes it and
// resubmits; the reviewer opens it from its queue row (read only), finds the previous reason and the changed field
// at the top, claims it and approves; the applicant finds the photo step open, and every step in the notification
// centre.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, registerApplicant, signIn } from './support/auth.ts';
import { axeViolations } from './support/axe.ts';
import { type DemoCase, draftWithMaterials, submitOnReviewStep } from './support/filing-through-api.ts';

// Case pass-jiangxi: 刘建华, 赣ICP备2020005678号, filing password Demo-Filing-36A (docs/demo-data.md).
const CASE: DemoCase = {
  province: '36',
  nature: 'PERSONAL',
  certType: 'RESIDENT_ID',
  certNumber: '360102198511203157',
  domain: 'jianhua-notes.com',
  resource: '演示-广州-包年12个月',
  password: 'Demo-Filing-36A',
  registryPrincipal: '刘建华',
  certificateAddress: '江西省南昌市东湖区示例路 36 号',
  // Incomplete on purpose: the reviewer rejects it, and the applicant fixes it to MAILING_FIXED.
  mailingAddress: '江西省南昌市',
  principal: {
    name: '刘建华',
    certType: 'RESIDENT_ID',
    certNumber: '360102198511203157',
    email: 'liu.jianhua@example.com',
    emergencyPhone: '0791-86660000',
  },
  mobile: { number: '13623456736', masked: '136****6736' },
};
const MAILING_FIXED = '江西省南昌市东湖区示例路 36 号 2 栋 1203 室';

/**
 * A reviewer's own browser context, which records every CSP violation the page reports (the event, and Chromium's
 * console message) so that a test can say none happened.
 */
async function reviewerPage(browser: Browser): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const violations: string[] = [];
  await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await signIn(page, 'reviewer@demo.beian.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  return { page, violations };
}

/** Signs a reviewer in and claims the next Jiangxi filing from the initial queue. */
async function reviewerClaims(browser: Browser, orderNo: string) {
  const reviewer = await reviewerPage(browser);
  const { page } = reviewer;
  await page.goto(`/review/initial?province=${CASE.province}`);
  await expect(page.getByRole('row').filter({ hasText: orderNo })).toBeVisible();
  await page.getByRole('button', { name: '领取下一个' }).click();
  await expect(page).toHaveURL(/\/review\/filings\/[0-9a-f-]+$/);
  await expect(page.getByText(orderNo).first()).toBeVisible();
  return reviewer;
}

/**
 * On a wide screen (the desktop viewport, 1280 px) the typed data and the materials stand side by side, each column
 * scrolling on its own while the decision stays in view.
 */
async function columnsSideBySide(page: Page) {
  const data = page.getByRole('region', { name: '填写的信息与登记记录' });
  const materials = page.getByRole('region', { name: '材料', exact: true });
  const [left, right] = [await data.boundingBox(), await materials.boundingBox()];
  expect(left && right && left.x + left.width <= right.x).toBe(true);
  expect(Math.abs((left?.y ?? 0) - (right?.y ?? 1))).toBeLessThan(2);
  const scrolls = await data.evaluate((column) => {
    const before = window.scrollY;
    column.scrollTop = column.scrollHeight;
    return { scrolled: column.scrollTop > 0, pageMoved: window.scrollY !== before };
  });
  expect(scrolls).toEqual({ scrolled: true, pageMoved: false });
  await expect(page.getByRole('region', { name: '审核决定' })).toBeInViewport();
}

/**
 * The viewer shows what the API serves as sandboxed attachments: images drawn from the content URL, the signed
 * sheet (a PDF) fetched as bytes and drawn by pdf.js, page by page, into a canvas that has ink on it.
 */
async function viewerShowsEveryMaterial(page: Page) {
  const viewer = page.getByRole('region', { name: '材料查看器' });
  const image = viewer.getByRole('img');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const pdf = page.waitForResponse(
    (r) => r.url().includes('/api/materials/') && r.headers()['content-type'] === 'application/pdf',
  );
  const next = viewer.getByRole('button', { name: '下一份' });
  const title = viewer.getByText(/^第 \d+ \/ \d+ 份：/);
  while (!(await title.textContent())?.includes('核验单') && (await next.isEnabled())) await next.click();
  const response = await pdf;
  expect(response.headers()).toMatchObject({
    'content-security-policy': 'sandbox',
    'content-disposition': expect.stringMatching(/^attachment;/),
  });
  expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const canvas = viewer.locator('canvas');
  await expect(canvas).toHaveAccessibleName(/核验单，第 1 页$/);
  await expect(viewer.getByText(/^第 1 \/ \d+ 页$/)).toBeVisible();
  const inked = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128 && (pixels[i + 3] ?? 0) > 0) dark += 1;
      return dark;
    });
  await expect.poll(inked).toBeGreaterThan(500);
  // Zoom by key: the page is drawn again, larger.
  const width = await canvas.evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width);
  await page.keyboard.press('+');
  await expect(viewer.getByRole('status', { name: '缩放比例' })).toHaveText('125%');
  await expect
    .poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width))
    .toBeGreaterThan(width);
  await page.keyboard.press('0');
  await viewer.getByRole('button', { name: '上一份' }).click();
}

test('a reviewer rejects on a field, the applicant fixes exactly that and resubmits, the reviewer approves, the photo step opens', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await registerApplicant(page, 'E2E 初审往返');
  const filing = await draftWithMaterials(page, baseURL as string, CASE);

  // The applicant submits from the review step in the browser.
  await page.goto(`/console/filings/${filing.id}/review`);
  await submitOnReviewStep(page, '提交初审');

  // The reviewer claims it, compares side by side, and rejects it with a catalogue reason on the mailing address.
  const { page: reviewer, violations } = await reviewerClaims(browser, filing.orderNo);
  await columnsSideBySide(reviewer);
  await viewerShowsEveryMaterial(reviewer);
  expect(violations).toEqual([]);
  expect(await axeViolations(reviewer)).toEqual([]);
  await reviewer.getByRole('button', { name: '驳回', exact: true }).click();
  const form = reviewer.getByRole('form', { name: '驳回理由' });
  await form.getByLabel('常用理由').selectOption('MAILING_ADDRESS_INCOMPLETE');
  await expect(form.getByLabel('所涉字段或材料')).toHaveValue('subject.mailingAddress');
  await form.getByRole('button', { name: '确认驳回' }).click();
  await expect(reviewer.getByText(`订单 ${filing.orderNo} 已驳回，申请人会看到驳回理由。`)).toBeVisible();

  // The applicant's list says what to do; the wizard opens on the subject step with the field highlighted.
  await page.goto('/console');
  const row = page.getByRole('row').filter({ hasText: CASE.domain });
  await expect(row.getByText('初审驳回')).toBeVisible();
  await row.getByRole('link', { name: /按驳回意见修改/ }).click();
  await expect(page).toHaveURL(/\/subject$/);
  await expect(page.getByText('初审未通过：请根据以下意见修改后重新提交')).toBeVisible();
  const mailing = page.getByLabel('通信地址');
  await expect(mailing).toBeEditable();
  await expect(mailing).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('修改建议：请填写到门牌号的详细地址。').first()).toBeVisible();
  // A field the rejection does not name stays as it is.
  await expect(page.getByLabel('证件地址')).not.toBeEditable();
  expect(await axeViolations(page)).toEqual([]);

  await mailing.fill(MAILING_FIXED);
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.getByRole('link', { name: /提交审核/ }).click();
  await expect(page).toHaveURL(/\/review$/);
  await submitOnReviewStep(page, '重新提交');

  // The reviewer opens the resubmitted filing from its queue row: read only, the previous reason and the changed
  // field first; claiming it is one explicit click, then the fixed address is approved.
  await reviewer.context().close();
  const { page: second, violations: secondViolations } = await reviewerPage(browser);
  await second.goto(`/review/initial?province=${CASE.province}`);
  await second.getByRole('row').filter({ hasText: filing.orderNo }).getByRole('link', { name: filing.orderNo }).click();
  await expect(second).toHaveURL(new RegExp(`/review/filings/${filing.id}$`));
  await expect(second.getByText('只读查看：领取后才能通过或驳回。')).toBeVisible();
  await expect(second.getByRole('button', { name: '通过', exact: true })).toHaveCount(0);
  const summary = second.getByRole('region', { name: '重新提交（第 2 轮）：先核对修改' });
  await expect(summary.getByRole('listitem').filter({ hasText: '通信地址不详细' })).toBeVisible();
  await expect(summary.getByRole('list').nth(1)).toHaveText('主体信息 · 通信地址');
  expect(await axeViolations(second)).toEqual([]);
  await second.getByRole('button', { name: '领取并审核' }).click();
  await expect(second.getByText(MAILING_FIXED).first()).toBeVisible();
  await second.getByRole('button', { name: '通过', exact: true }).click();
  await second
    .getByRole('alertdialog', { name: `通过订单 ${filing.orderNo} 的初审？` })
    .getByRole('button', { name: '确认通过' })
    .click();
  await expect(second.getByText(`订单 ${filing.orderNo} 已通过初审。`)).toBeVisible();
  // The workbench counts today's decisions: this reviewer has at least this rejection and this approval.
  await second.goto('/review');
  const mine = second.getByRole('table', { name: /^今日审核/ }).getByRole('row', { name: /演示审核员/ });
  await expect(mine.getByRole('cell').nth(0)).toHaveText(/^[1-9]\d*$/);
  await expect(mine.getByRole('cell').nth(1)).toHaveText(/^[1-9]\d*$/);
  expect(secondViolations).toEqual([]);
  await second.context().close();

  // The applicant: 待拍照 in the list, and the photo step opens from its next action.
  await page.goto('/console');
  await expect(row.getByText('待拍照')).toBeVisible();
  await row.getByRole('link', { name: /办理拍照/ }).click();
  await expect(page).toHaveURL(new RegExp(`/console/filings/${filing.id}/photo$`));
  await expect(page.getByText('初审已通过').first()).toBeVisible();
  await expect(page.getByText(filing.orderNo).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The notification centre has each step, the rejection with its reason; opening it reads them.
  const nav = page.getByRole('navigation', { name: '申请人导航' });
  await nav.getByRole('link', { name: /^消息通知，\d+ 条未读$/ }).click();
  const list = page.getByRole('list', { name: '消息列表' });
  await expect(list.getByRole('heading', { name: '初审已通过' })).toBeVisible();
  await expect(list.getByRole('heading', { name: '初审未通过' })).toBeVisible();
  await expect(list.getByText(/原因：通信地址不详细/)).toBeVisible();
  await expect(list.getByRole('heading', { name: '已重新提交初审' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '消息通知', exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
