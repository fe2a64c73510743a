// Deciding as the bureau: what each submission shows, approving, rejecting with a reason, and a decision the
// bureau refuses (409) explained in the reader's words.
import type { BureauSubmissionView } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, type SentRequest } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';
import { adminWithSimulators, SUBMISSION_ID, submission } from './simulator-fixtures.ts';

const DECIDE = `POST /api/simulator/bureau-submissions/${SUBMISSION_ID}/decision`;
const CAPTION = '管局收到的提交（按时间从新到旧，时间为北京时间）';

/** The bureau answers the list from `current` and a decision with `decide`, which may change `current`. */
function bureau(decide: (request: SentRequest) => Response, initial = [submission()]) {
  const state = { current: initial };
  const api = adminWithSimulators(
    {},
    {
      'GET /api/simulator/bureau-submissions?limit=50': () => json(200, { submissions: state.current }),
      [DECIDE]: decide,
    },
  );
  return { api, state };
}

const decided = (overrides: Partial<BureauSubmissionView>) =>
  submission({
    decidedAt: '2026-11-30T04:00:00.000Z',
    decidedBy: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b11',
    ...overrides,
  });

async function openBureau() {
  const view = renderApp('/admin/simulator?view=bureau');
  const table = await screen.findByRole('table', { name: CAPTION });
  return { ...view, row: within(table).getAllByRole('row')[1]! };
}

describe('bureau submissions', () => {
  it('shows the order, province, state, masked subject, websites and each verifier’s SMS check', async () => {
    bureau(
      () => problem(500, 'INTERNAL'),
      [
        submission(),
        submission({
          id: 'second',
          orderNo: 'BA2026113000002',
          status: 'SMS_PENDING',
          autoDecisionDays: 0,
          autoDecisionMinutes: 10,
          verifiers: [
            { role: 'WEBSITE_PRINCIPAL', name: '李雷', mobileMasked: '139****9002', wrongCodes: 0, confirmedAt: null },
          ],
        }),
      ],
    );
    const { row } = await openBureau();

    expect(within(row).getByRole('rowheader')).toHaveTextContent('BA2026113000001');
    for (const text of ['广东', '管局审核中', '陈晓明', '4403**********1313', '晓明的技术博客', 'chenxiaoming.cn']) {
      expect(row).toHaveTextContent(text);
    }
    expect(row).toHaveTextContent('主体负责人 陈晓明 138****8001已核验，2026-11-30 11:00（输错 1 次）');
    expect(row).toHaveTextContent('不处理则于 2026-12-02 11:00 自动通过');
    expect(row).toHaveTextContent('审核时长：核验完成后 2 个工作日');
    expect(row).toHaveTextContent('核验码发送于 2026-11-30 10:00');
    expect(row).toHaveTextContent('核验截止 2026-12-01 10:00');

    const pending = screen.getAllByRole('row')[2]!;
    expect(pending).toHaveTextContent('待短信核验');
    expect(pending).toHaveTextContent('网站负责人 李雷 139****9002未核验');
    expect(pending).toHaveTextContent('等待负责人完成短信核验，截止 2026-12-01 10:00');
    expect(pending).toHaveTextContent('审核时长：核验完成后 10 分钟（演示）');
    // Only a submission under review can be decided.
    expect(within(pending).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says why a check failed, and links to the MIIT page where verifiers confirm', async () => {
    bureau(
      () => problem(500, 'INTERNAL'),
      [
        submission({
          status: 'SMS_EXPIRED',
          failure: 'WRONG_CODES',
          smsConfirmedAt: null,
          autoDecideAt: null,
          codesSentAt: '2026-11-30T02:05:00.000Z',
          verifiers: [
            {
              role: 'SUBJECT_PRINCIPAL',
              name: '陈晓明',
              mobileMasked: '138****8001',
              wrongCodes: 6,
              confirmedAt: null,
            },
          ],
        }),
        submission({ id: 'late', orderNo: 'BA2026113000002', status: 'SMS_EXPIRED', failure: 'DEADLINE' }),
      ],
    );
    const { row, user, router } = await openBureau();
    expect(row).toHaveTextContent('短信核验已失效');
    expect(row).toHaveTextContent('主体负责人 陈晓明 138****8001未核验（输错 6 次）');
    expect(row).toHaveTextContent('核验码发送于 2026-11-30 10:05');
    expect(row).toHaveTextContent('失效原因：负责人输错核验码超过 5 次');
    expect(row).toHaveTextContent('短信核验已失效，管局不再审核；需由接入服务商重新提交');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('row')[2]).toHaveTextContent('失效原因：24 小时内未全部完成核验');

    await user.click(screen.getByRole('link', { name: '打开工信部短信核验页面（模拟）' }));
    expect(router.state.location.pathname).toBe('/miit/sms-check');
    expect(await screen.findByRole('heading', { level: 1, name: '短信核验' })).toBeVisible();
  });

  it('approves with one press and says so where the button was', async () => {
    const { api, state } = bureau(() => {
      state.current = [decided({ status: 'APPROVED' })];
      return json(200, state.current[0]);
    });
    const { row, user } = await openBureau();

    await user.click(within(row).getByRole('button', { name: '通过（订单 BA2026113000001）' }));

    const notice = await screen.findByText('订单 BA2026113000001 已通过。');
    expect(api.to(DECIDE)).toHaveLength(1);
    expect(api.to(DECIDE)[0]!.body).toEqual({ decision: 'APPROVED' });
    expect(api.to(DECIDE)[0]!.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(row).toHaveTextContent('已通过');
    expect(row).toHaveTextContent('管理员于 2026-11-30 12:00 作出决定');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(document.activeElement).toContainElement(notice);
  });

  it('asks for the reason before rejecting, and sends it trimmed', async () => {
    const { api, state } = bureau(({ body }) => {
      state.current = [decided({ status: 'REJECTED', reason: (body as { reason: string }).reason })];
      return json(200, state.current[0]);
    });
    const { row, user } = await openBureau();

    await user.click(within(row).getByRole('button', { name: '驳回（订单 BA2026113000001）' }));
    const dialog = screen.getByRole('alertdialog', { name: '驳回订单 BA2026113000001？' });
    const reason = within(dialog).getByLabelText('驳回理由');
    expect(reason).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: '确认驳回' }));
    expect(reason).toHaveAccessibleDescription(/请填写驳回理由/);
    expect(reason).toHaveFocus();
    expect(api.to(DECIDE)).toEqual([]);

    await user.type(reason, '  网站名称与内容不符  ');
    await user.click(within(dialog).getByRole('button', { name: '确认驳回' }));

    expect(await screen.findByText('订单 BA2026113000001 已驳回。')).toBeVisible();
    expect(api.to(DECIDE)[0]!.body).toEqual({ decision: 'REJECTED', reason: '网站名称与内容不符' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(row).toHaveTextContent('驳回理由：网站名称与内容不符');
  });

  it('explains a refused decision (409) and shows the submission as it now is', async () => {
    const { api, state } = bureau(() => {
      state.current = [decided({ status: 'APPROVED', decidedBy: 'AUTO' })];
      return problem(409, 'CONFLICT', { detail: 'Submission BA2026113000001 is APPROVED' });
    });
    const { row, user } = await openBureau();

    await user.click(within(row).getByRole('button', { name: '驳回（订单 BA2026113000001）' }));
    await user.type(screen.getByLabelText('驳回理由'), '网站名称与内容不符');
    await user.click(screen.getByRole('button', { name: '确认驳回' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('订单 BA2026113000001 未能作出决定');
    expect(alert).toHaveTextContent('只有“管局审核中”的提交可以决定：这条提交已有决定，或短信核验尚未完成。');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.to(DECIDE)).toHaveLength(1);
    await waitFor(() => expect(row).toHaveTextContent('到期于 2026-11-30 12:00 自动通过'));
  });

  it('keeps the dialog and the typed reason when the answer does not come', async () => {
    bureau(() => problem(503, 'SERVICE_UNAVAILABLE'));
    const { row, user } = await openBureau();

    await user.click(within(row).getByRole('button', { name: '驳回（订单 BA2026113000001）' }));
    await user.type(screen.getByLabelText('驳回理由'), '网站名称与内容不符');
    await user.click(screen.getByRole('button', { name: '确认驳回' }));

    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('订单 BA2026113000001 未能作出决定');
    expect(within(dialog).getByLabelText('驳回理由')).toHaveValue('网站名称与内容不符');

    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(row).getByRole('button', { name: '驳回（订单 BA2026113000001）' })).toHaveFocus();
  });
});
