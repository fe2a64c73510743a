// The notification centre: each template worded with its order number and links, unread ones marked in words and
// marked read once shown (the navigation's count drops), "mark all" sent to the API, and an empty centre.
import type { Notification } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const FILING = '5a2d0c1e-7b3f-4c8e-9d10-2f6a4b8c0e11';
const id = (n: number) => `0d9f6c2a-1b3e-4f5a-8c7d-00000000000${n}`;

const submitted: Notification = {
  id: id(1),
  filingId: FILING,
  template: 'FILING_SUBMITTED',
  // The end of Monday 7 December on the Beijing clock.
  params: { orderNo: 'BT2026120400001', dueAt: '2026-12-07T16:00:00.000Z' },
  createdAt: '2026-12-04T12:00:00.000Z',
  readAt: '2026-12-04T12:05:00.000Z',
};
const rejected: Notification = {
  ...submitted,
  id: id(2),
  template: 'INITIAL_REJECTED',
  params: { orderNo: 'BT2026120400001', reasons: '网站名称与内容不符；域名证书不清晰' },
  createdAt: '2026-12-05T02:00:00.000Z',
  readAt: null,
};
const resubmitted: Notification = {
  ...submitted,
  id: id(3),
  params: { ...submitted.params, resubmitted: 'true' },
  createdAt: '2026-12-05T03:00:00.000Z',
  readAt: null,
};
const approved: Notification = {
  ...submitted,
  id: id(4),
  template: 'INITIAL_APPROVED',
  params: { orderNo: 'BT2026120400001' },
  createdAt: '2026-12-06T02:00:00.000Z',
  readAt: null,
};
const reminded: Notification = {
  ...submitted,
  id: id(5),
  template: 'IDLE_REMINDER',
  // 09:30 on Sunday 20 December on the Beijing clock.
  params: { orderNo: 'BT2026120400001', day: '15', expiresAt: '2026-12-20T01:30:00.000Z' },
  createdAt: '2026-12-05T01:30:00.000Z',
  readAt: null,
};
const expired: Notification = {
  ...submitted,
  id: id(6),
  template: 'FILING_EXPIRED',
  params: { orderNo: 'BT2026120400001' },
  createdAt: '2026-12-20T02:00:00.000Z',
  readAt: null,
};

const bureau = (n: number, template: Notification['template'], params: Record<string, string>): Notification => ({
  ...submitted,
  id: id(n),
  template,
  params: { orderNo: 'BT2026120400001', ...params },
  createdAt: `2026-12-2${n}T02:00:00.000Z`,
  readAt: null,
});
// 10:00 on Tuesday 8 December on the Beijing clock: the SMS check's deadline.
const bureauSubmitted = bureau(1, 'BUREAU_SUBMITTED', { smsDeadline: '2026-12-08T02:00:00.000Z', round: '1' });
// The end of Monday 4 January 2027 on the Beijing clock: the bureau's expected decision.
const smsConfirmed = bureau(2, 'BUREAU_SMS_CONFIRMED', { bureauDueAt: '2027-01-04T16:00:00.000Z' });
const smsFailed = bureau(3, 'BUREAU_SMS_FAILED', { failure: 'WRONG_CODES' });
const bureauApproved = bureau(4, 'BUREAU_APPROVED', {
  subjectFilingNo: '粤ICP备20260001号',
  websiteFilingNos: '粤ICP备20260001号-1、粤ICP备20260001号-2',
});
const bureauRejected = bureau(5, 'BUREAU_REJECTED', { reason: '网站名称含有“中国”字样，需提供前置审批文件。' });

/** The API with these notifications (newest first); marking read answers the count the server would have left. */
function api(notifications: Notification[], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  let unread = notifications.filter((n) => n.readAt === null).length;
  let all = notifications;
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT', { locale }) }),
    'GET /api/filings': () => json(200, { filings: [] }),
    'GET /api/notifications': () => json(200, { notifications: all, unread }),
    'GET /api/notifications/unread-count': () => json(200, { unread }),
    'POST /api/notifications/read': ({ body }) => {
      const ids = (body as { ids?: string[] }).ids;
      all = all.map((n) =>
        ids === undefined || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? submitted.createdAt } : n,
      );
      unread = all.filter((n) => n.readAt === null).length;
      return json(200, { unread });
    },
  });
}

const items = async () =>
  within(await screen.findByRole('list', { name: '消息列表' })).getAllByRole('listitem') as HTMLElement[];

describe('the notification centre', () => {
  it('words each template with its order number, due time, reasons and next step', async () => {
    api([approved, resubmitted, rejected, submitted]);
    renderApp('/console/notifications');

    const [approvedItem, resubmittedItem, rejectedItem, submittedItem] = await items();
    expect(screen.getByRole('heading', { level: 1, name: '消息通知' })).toBeVisible();

    const first = within(submittedItem as HTMLElement);
    expect(first.getByRole('heading', { name: '已提交初审' })).toBeVisible();
    expect(first.getByRole('link', { name: 'BT2026120400001' })).toHaveAttribute('href', `/console/filings/${FILING}`);
    expect(submittedItem).toHaveTextContent(/2026-12-07 24:00（北京时间）前完成初审/);
    expect(submittedItem).toHaveTextContent('收到于 2026-12-04 20:00');

    expect(within(resubmittedItem as HTMLElement).getByRole('heading', { name: '已重新提交初审' })).toBeVisible();

    const rejection = within(rejectedItem as HTMLElement);
    expect(rejection.getByRole('heading', { name: '初审未通过' })).toBeVisible();
    expect(rejectedItem).toHaveTextContent('原因：网站名称与内容不符；域名证书不清晰');
    expect(rejection.getByRole('link', { name: '查看并修改' })).toHaveAttribute('href', `/console/filings/${FILING}`);

    expect(approvedItem).toHaveTextContent('初审已通过，请办理拍照核验。');
    expect(within(approvedItem as HTMLElement).getByRole('link', { name: '办理拍照核验' })).toHaveAttribute(
      'href',
      `/console/filings/${FILING}/photo`,
    );
  });

  it('shows the reasons in English to an English reader where the rejection gave them, in Chinese where it did not', async () => {
    const worded = {
      ...rejected,
      id: id(7),
      params: { ...rejected.params, reasonsEn: 'The website name does not match its content. 域名证书不清晰.' },
    };
    api([worded, rejected], 'en-US');
    renderApp('/console/notifications');
    const [wordedItem, olderItem] = await within(
      await screen.findByRole('list', { name: /notifications/i }),
    ).findAllByRole('listitem');
    expect(wordedItem).toHaveTextContent('Reasons: The website name does not match its content. 域名证书不清晰.');
    expect(olderItem).toHaveTextContent('Reasons: 网站名称与内容不符；域名证书不清晰');
  });

  it('words the idle reminder with the expiry time and a way back in, and the expiry with a way to start again', async () => {
    api([expired, reminded]);
    renderApp('/console/notifications');

    const [expiredItem, remindedItem] = await items();
    const reminder = within(remindedItem as HTMLElement);
    expect(reminder.getByRole('heading', { name: '订单即将过期' })).toBeVisible();
    expect(remindedItem).toHaveTextContent(
      /您的备案订单已 15 天未操作，将于 2026-12-20 09:30（北京时间）过期。过期后需重新开始备案。/,
    );
    expect(reminder.getByRole('link', { name: '继续办理' })).toHaveAttribute('href', `/console/filings/${FILING}`);

    const expiry = within(expiredItem as HTMLElement);
    expect(expiry.getByRole('heading', { name: '订单已过期' })).toBeVisible();
    expect(expiredItem).toHaveTextContent('订单已连续 45 天未操作，已自动过期，已填写的信息仍会保留。');
    expect(expiry.getByRole('link', { name: '重新开始备案' })).toHaveAttribute('href', '/console/filings/new');
  });

  it('words the bureau notices: the SMS deadline, the decision date, why a check failed, the numbers, the reason', async () => {
    api([bureauRejected, bureauApproved, smsFailed, smsConfirmed, bureauSubmitted]);
    renderApp('/console/notifications');
    const [rejectedItem, approvedItem, failedItem, confirmedItem, submittedItem] = (await items()) as HTMLElement[];
    const progress = `/console/filings/${FILING}/progress`;

    const sent = within(submittedItem as HTMLElement);
    expect(sent.getByRole('heading', { name: '已提交管局，请完成工信部短信核验' })).toBeVisible();
    expect(submittedItem).toHaveTextContent(/请每位负责人在 2026-12-08 10:00（北京时间）前/);
    expect(sent.getByRole('link', { name: '查看核验进度' })).toHaveAttribute('href', progress);

    expect(confirmedItem).toHaveTextContent(/管局正在审核，预计在 2027-01-04 24:00（北京时间）前完成。/);
    expect(within(confirmedItem as HTMLElement).getByRole('link', { name: '查看备案进度' })).toHaveAttribute(
      'href',
      progress,
    );

    expect(within(failedItem as HTMLElement).getByRole('heading', { name: '工信部短信核验未完成' })).toBeVisible();
    expect(failedItem).toHaveTextContent('核验码或证件号码后六位输错超过 5 次。');
    expect(failedItem).toHaveTextContent('审核员会与您联系，并重新提交管局');

    expect(approvedItem).toHaveTextContent(
      '主体备案号 粤ICP备20260001号，网站备案号 粤ICP备20260001号-1、粤ICP备20260001号-2。',
    );
    expect(within(approvedItem as HTMLElement).getByRole('link', { name: '查看备案信息' })).toHaveAttribute(
      'href',
      progress,
    );

    expect(rejectedItem).toHaveTextContent('管局意见：网站名称含有“中国”字样，需提供前置审批文件。');
    expect(within(rejectedItem as HTMLElement).getByRole('link', { name: '修改并重新提交' })).toHaveAttribute(
      'href',
      progress,
    );
  });

  it('marks the unread ones in words, then marks them read once shown, and the navigation count drops', async () => {
    const sent = api([approved, rejected, submitted]);
    const { user } = renderApp('/console');

    const nav = await screen.findByRole('navigation', { name: '申请人导航' });
    await user.click(await within(nav).findByRole('link', { name: '消息通知，2 条未读' }));

    const [approvedItem, rejectedItem, submittedItem] = await items();
    expect(within(approvedItem as HTMLElement).getByText('未读')).toBeVisible();
    expect(within(rejectedItem as HTMLElement).getByText('未读')).toBeVisible();
    expect(within(submittedItem as HTMLElement).queryByText('未读')).not.toBeInTheDocument();

    expect(await within(nav).findByRole('link', { name: '消息通知' })).toHaveAttribute(
      'href',
      '/console/notifications',
    );
    expect(sent.to('POST /api/notifications/read').map((r) => r.body)).toEqual([{ ids: [approved.id, rejected.id] }]);
    // The marks stay for this visit, so the reader still sees what was new.
    expect(within(approvedItem as HTMLElement).getByText('未读')).toBeVisible();
  });

  it('marks everything read on request, with the CSRF token, and says so', async () => {
    const sent = api([approved, rejected]);
    const { user } = renderApp('/console/notifications');
    await items();

    await user.click(screen.getByRole('button', { name: '全部标为已读' }));

    expect(await screen.findByText('已全部标为已读。')).toBeVisible();
    const markAll = sent.to('POST /api/notifications/read').find((r) => Object.keys(r.body as object).length === 0);
    expect(markAll?.headers.get('x-csrf-token')).toBe('csrf-1');
    await waitFor(() => expect(screen.queryByText('未读')).not.toBeInTheDocument());
  });

  it('says so when there is nothing yet', async () => {
    api([]);
    renderApp('/console/notifications');

    expect(await screen.findByText('暂无消息')).toBeVisible();
    expect(screen.queryByRole('button', { name: '全部标为已读' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: '申请人导航' })).getByRole('link', { name: '消息通知' }),
    ).toBeVisible();
  });
});
