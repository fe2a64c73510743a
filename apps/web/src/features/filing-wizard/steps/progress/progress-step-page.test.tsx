// Step 7, the progress page: the timeline with parties, Beijing times, expected ends, overdue and returns, what to do
// now, and the bureau stage's panel in each state (the SMS check with its resend wait, a failed check, the bureau's
// review and refusal, the filed view).
import type { FilingDetail, FilingProgress } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../../test/filing-fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';
import { FILED, smsCheck, timeline } from './progress-fixtures.ts';

const PAGE = `/console/filings/${FILING_ID}/progress`;
const BASE = `/api/filings/${FILING_ID}`;

function api(
  status: FilingDetail['status'],
  progress: FilingProgress,
  extra: Record<string, Parameters<typeof fakeApi>[0][string]> = {},
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT', { locale }) }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${BASE}`]: () => json(200, filingDetail({ status, nextAction: progress.nextAction })),
    [`GET ${BASE}/progress`]: () => json(200, progress),
    ...extra,
  });
}

async function stageNamed(name: string) {
  const heading = await screen.findByRole('heading', { name: '办理进度' });
  const card = heading.closest('section') as HTMLElement;
  return within(card).getByText(name).closest('li') as HTMLElement;
}

describe('the progress page', () => {
  it('lists every stage with its party and Beijing times, the expected end, and what to do now', async () => {
    api('INITIAL_REVIEW', timeline('INITIAL_REVIEW', 'WAIT_FOR_REVIEW', { expectedBy: '2026-12-08T16:00:00.000Z' }));
    renderApp(PAGE);

    const application = await stageNamed('填写并提交申请');
    expect(application).toHaveTextContent('已完成');
    expect(application).toHaveTextContent('办理方：申请人');
    expect(application).toHaveTextContent('开始：2026-12-07 10:00');
    expect(application).toHaveTextContent('结束：2026-12-07 11:00');

    const review = await stageNamed('初审');
    expect(review).toHaveTextContent('进行中');
    expect(review).toHaveTextContent('办理方：云服务商');
    expect(review).toHaveTextContent('预计 2026-12-08 24:00 前完成');
    expect(review).toHaveAttribute('aria-current', 'step');
    expect(review).not.toHaveTextContent('已超时');

    expect(await stageNamed('管局审核')).toHaveTextContent('办理方：管局');
    expect(await stageNamed('工信部短信核验')).toHaveTextContent('未开始');
    expect(screen.getByText('时间均为北京时间。')).toBeVisible();

    const now = screen.getByRole('heading', { name: '您现在需要做什么' }).closest('section') as HTMLElement;
    expect(now).toHaveTextContent('无需操作：云服务商正在审核');
    expect(within(now).queryByRole('link')).not.toBeInTheDocument();
    // Before the bureau there is no check to read.
    expect(screen.queryByRole('heading', { name: '工信部短信核验' })).not.toBeInTheDocument();
  });

  it('marks an overdue stage and counts how often a stage was sent back', async () => {
    api('SECOND_REVIEW', timeline('SECOND_REVIEW', 'WAIT_FOR_REVIEW', { overdue: true, returns: 2 }));
    renderApp(PAGE);
    const review = await stageNamed('复审');
    expect(review).toHaveTextContent('已超时');
    expect(review).toHaveTextContent('退回 2 次');
  });

  it('links the step a returned filing needs from "what to do now"', async () => {
    const progress = timeline('PHOTO', 'RETAKE_PHOTO', { state: 'RETURNED', returns: 1 });
    api('PHOTO_REJECTED', progress);
    renderApp(PAGE);
    expect(await stageNamed('办理拍照')).toHaveTextContent('已退回');
    const now = screen.getByRole('heading', { name: '您现在需要做什么' }).closest('section') as HTMLElement;
    expect(within(now).getByRole('link', { name: '重新拍照' })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/photo`,
    );
  });
});

describe('the MIIT SMS check panel (BUREAU_SMS)', () => {
  const atSms = timeline('MIIT_SMS', 'CONFIRM_MIIT_SMS', { expectedBy: '2026-12-08T06:00:00.000Z' });

  it('lists each verifier, the deadline in Beijing time and MIIT’s page in a new tab', async () => {
    api('BUREAU_SMS', atSms, { [`GET ${BASE}/bureau`]: () => json(200, { check: smsCheck() }) });
    renderApp(PAGE);

    const panel = (await screen.findByRole('heading', { name: '工信部短信核验' })).closest('section') as HTMLElement;
    expect(panel).toHaveTextContent('截止时间：2026-12-08 14:00（北京时间）');
    const rows = within(within(panel).getByRole('table', { name: '核验人' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('赵*');
    expect(rows[1]).toHaveTextContent('主体负责人');
    expect(rows[1]).toHaveTextContent('138****1234');
    expect(rows[1]).toHaveTextContent('已核验（2026-12-07 15:30）');
    expect(rows[2]).toHaveTextContent('钱*');
    expect(rows[2]).toHaveTextContent('网站负责人');
    expect(rows[2]).toHaveTextContent('待核验（还可输错 3 次）');
    const miit = within(panel).getByRole('link', { name: /打开工信部短信核验页面/ });
    expect(miit).toHaveAttribute('href', '/miit/sms-check');
    expect(miit).toHaveAttribute('target', '_blank');
    expect(miit).toHaveAccessibleName('打开工信部短信核验页面（在新标签页打开）');
  });

  it('waits, counting down, until the codes may be texted again', async () => {
    const availableAt = new Date(Date.now() + 45_000).toISOString();
    const sent = api('BUREAU_SMS', atSms, {
      [`GET ${BASE}/bureau`]: () => json(200, { check: smsCheck({ resendAvailableAt: availableAt }) }),
    });
    renderApp(PAGE);
    const button = await screen.findByRole('button', { name: '重新发送核验码' });
    expect(button).toBeDisabled();
    expect(await screen.findByText(/^(4[0-5]|3\d) 秒后可重新发送$/)).toBeVisible();
    expect(sent.to(`POST ${BASE}/bureau/resend`)).toHaveLength(0);
  });

  it('texts the codes again on request and reads the check anew', async () => {
    const sent = api('BUREAU_SMS', atSms, {
      [`GET ${BASE}/bureau`]: () => json(200, { check: smsCheck() }),
      [`POST ${BASE}/bureau/resend`]: () => json(200, { check: smsCheck() }),
    });
    const { user } = renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: '重新发送核验码' }));
    expect(await screen.findByText('核验码已重新发送。')).toBeVisible();
    expect(sent.to(`POST ${BASE}/bureau/resend`)).toHaveLength(1);
    await waitFor(() => expect(sent.to(`GET ${BASE}/bureau`).length).toBeGreaterThanOrEqual(2));
  });

  it('shows the wait a 429 gives and disables the button', async () => {
    api('BUREAU_SMS', atSms, {
      [`GET ${BASE}/bureau`]: () => json(200, { check: smsCheck() }),
      [`POST ${BASE}/bureau/resend`]: () =>
        problem(429, 'BUREAU_RESEND_TOO_SOON', { headers: { 'retry-after': '37' } }),
    });
    const { user } = renderApp(PAGE);
    const button = await screen.findByRole('button', { name: '重新发送核验码' });
    await user.click(button);
    expect(await screen.findByText('发送过于频繁，请 37 秒后再试。')).toBeVisible();
    expect(button).toBeDisabled();
  });

  it('says the codes are on their way while the hand-over to the bureau runs', async () => {
    api('BUREAU_SMS', atSms, {
      [`GET ${BASE}/bureau`]: () =>
        json(200, { check: smsCheck({ status: 'PENDING', verifiers: [], smsDeadline: null }) }),
    });
    renderApp(PAGE);
    expect(await screen.findByText('正在提交管局，工信部即将发送核验码。')).toBeVisible();
    expect(screen.queryByRole('button', { name: '重新发送核验码' })).not.toBeInTheDocument();
  });
});

describe('the bureau stage after the check', () => {
  it('SMS_FAILED: says why and what happens next', async () => {
    api('SMS_FAILED', timeline('MIIT_SMS', 'WAIT_FOR_REVIEW', { state: 'RETURNED', returns: 1 }), {
      [`GET ${BASE}/bureau`]: () => json(200, { check: smsCheck({ status: 'SMS_FAILED', failure: 'DEADLINE' }) }),
    });
    renderApp(PAGE);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('工信部短信核验未完成');
    expect(alert).toHaveTextContent('原因：24 小时内未完成全部核验。');
    expect(alert).toHaveTextContent('审核员会与您联系，并重新提交管局；届时工信部会向负责人发送新的核验码');
    expect(await stageNamed('工信部短信核验')).toHaveTextContent('退回 1 次');
  });

  it('BUREAU_REVIEW: gives the expected decision date', async () => {
    api('BUREAU_REVIEW', timeline('BUREAU_REVIEW', 'WAIT_FOR_BUREAU'), {
      [`GET ${BASE}/bureau`]: () =>
        json(200, { check: smsCheck({ status: 'SMS_CONFIRMED', bureauDueAt: '2027-01-04T16:00:00.000Z' }) }),
    });
    renderApp(PAGE);
    expect(await screen.findByText('管局预计在 2027-01-04 24:00（北京时间）前作出审核决定。')).toBeVisible();
  });

  it('BUREAU_REJECTED: shows the bureau’s reason with the ways to edit and resubmit', async () => {
    api('BUREAU_REJECTED', timeline('APPLICATION', 'FIX_REJECTION', { state: 'RETURNED', returns: 1 }), {
      [`GET ${BASE}/bureau`]: () =>
        json(200, {
          check: smsCheck({ status: 'REJECTED', bureauReason: '网站名称含有“中国”字样，需提供前置审批文件。' }),
        }),
    });
    renderApp(PAGE);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('管局意见：网站名称含有“中国”字样，需提供前置审批文件。');
    const base = `/console/filings/${FILING_ID}`;
    expect(within(alert).getByRole('link', { name: '修改主体信息' })).toHaveAttribute('href', `${base}/subject`);
    expect(within(alert).getByRole('link', { name: '修改网站信息' })).toHaveAttribute('href', `${base}/websites`);
    expect(within(alert).getByRole('link', { name: '修改材料' })).toHaveAttribute('href', `${base}/materials`);
    expect(within(alert).getByRole('link', { name: '重新提交审核' })).toHaveAttribute('href', `${base}/review`);
  });

  it('COMPLETED: shows the filed view with this provider marked, and that the site may be served here', async () => {
    const done = timeline('COMPLETED', 'VIEW_FILED');
    api(
      'COMPLETED',
      { ...done, stages: done.stages.map((s) => ({ ...s, state: 'DONE' as const })) },
      {
        [`GET ${BASE}/filed`]: () => json(200, FILED),
      },
    );
    renderApp(PAGE);
    const card = (await screen.findByRole('heading', { name: '备案信息' })).closest('section') as HTMLElement;
    expect(card).toHaveTextContent('主体备案号粤ICP备20260001号');
    expect(card).toHaveTextContent('负责人赵一');
    const site = within(card).getByRole('region', { name: '赵一的博客' });
    expect(site).toHaveTextContent('网站备案号粤ICP备20260001号-1');
    expect(site).toHaveTextContent('zhaoyi.cn、zhaoyi.com.cn');
    expect(site).toHaveTextContent('https://zhaoyi.cn');
    const providers = within(site).getAllByRole('listitem');
    expect(providers.map((p) => p.textContent)).toEqual(['阿里云', '本云服务商（本云服务商）']);
    expect(screen.getAllByText('备案已完成：网站现在可以在本云服务商开通访问。')[0]).toBeVisible();
  });
});

describe("the filing's own address", () => {
  it.each([
    ['BUREAU_SMS', 'CONFIRM_MIIT_SMS'],
    ['SMS_FAILED', 'WAIT_FOR_REVIEW'],
    ['BUREAU_REJECTED', 'FIX_REJECTION'],
    ['COMPLETED', 'VIEW_FILED'],
  ] as const)('opens the progress step for a %s filing', async (status, nextAction) => {
    api(status, timeline('MIIT_SMS', nextAction), {
      [`GET ${BASE}/bureau`]: () => json(200, { check: null }),
      [`GET ${BASE}/filed`]: () => json(200, FILED),
    });
    const { router } = renderApp(`/console/filings/${FILING_ID}`);
    await waitFor(() => expect(router.state.location.pathname).toBe(PAGE));
    expect(await screen.findByRole('heading', { name: '办理进度' })).toBeVisible();
  });
});

describe('in English', () => {
  it('reads the timeline and the SMS check with the same Beijing date format', async () => {
    api(
      'BUREAU_SMS',
      timeline('MIIT_SMS', 'CONFIRM_MIIT_SMS', { expectedBy: '2026-12-08T06:00:00.000Z', overdue: true }),
      { [`GET ${BASE}/bureau`]: () => json(200, { check: smsCheck() }) },
      'en-US',
    );
    renderApp(PAGE);
    const card = (await screen.findByRole('heading', { name: 'Where the filing stands' })).closest('section');
    const stage = within(card as HTMLElement)
      .getByText('MIIT SMS check')
      .closest('li') as HTMLElement;
    expect(stage).toHaveTextContent('By: Principals');
    expect(stage).toHaveTextContent('Started: 2026-12-07 14:00');
    expect(stage).toHaveTextContent('Expected by 2026-12-08 14:00');
    expect(stage).toHaveTextContent('Overdue');
    expect(await screen.findByText('Deadline: 2026-12-08 14:00 (Beijing time)')).toBeVisible();
    expect(screen.getByText('Waiting (3 wrong tries left)')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Text the codes again' })).toBeEnabled();
  });
});
