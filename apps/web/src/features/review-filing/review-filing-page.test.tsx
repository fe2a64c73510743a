// The review page as a reviewer works through a claimed filing: fields and records side by side with differences
// marked, the materials viewer and its checklist, the claim kept, released and given back, and the decision.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../test/fake-api.ts';
import { queueOf } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { ID_FRONT_ID, REVIEW_ID, reviewDetail, reviewerOnFiling, SHEET_ID } from './review-fixtures.ts';

const PAGE = `/review/filings/${REVIEW_ID}`;
const API = `/api/review/filings/${REVIEW_ID}`;

afterEach(() => vi.useRealTimers());

async function openPage() {
  const view = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: '初审：订单 BA2026112900007' });
  return view;
}

describe('review page', () => {
  it('marks the lines where the registry differs from what was entered, in words as well as colour', async () => {
    reviewerOnFiling();
    await openPage();

    const registry = screen.getByRole('table', { name: '工信部备案记录与申请人填写' });
    const row = within(registry).getByRole('rowheader', { name: '原负责人姓名' }).closest('tr');
    expect(row).toHaveTextContent('周立群周立强≠ 不一致');
    expect(row).toHaveClass('comparison__row--differs');
    // Full-width digits and spaces are the same address.
    const address = within(registry).getByRole('rowheader', { name: '通信地址' }).closest('tr');
    expect(address).toHaveTextContent('一致');
    expect(address).not.toHaveClass('comparison__row--differs');
    expect(screen.getByText('有 1 项不一致，请核实。')).toBeVisible();
    const domain = screen.getByRole('table', { name: '域名注册记录与申请人填写' });
    expect(within(domain).queryByText('不一致')).not.toBeInTheDocument();
    expect(screen.getByText('2015-03-01 至 2027-03-01')).toBeVisible();
  });

  it('shows every field with the step-1 checks beside the answers they concern, in the applicant’s words', async () => {
    const detail = reviewDetail();
    const checks = detail.filing.verify.checks.map((check) =>
      check.name === 'DOMAIN_REGISTRANT'
        ? { ...check, status: 'warn' as const, reason: 'DOMAIN_REGISTRANT_RELATED_PERSON' }
        : check,
    );
    reviewerOnFiling({
      [`GET ${API}`]: () =>
        json(200, { ...detail, filing: { ...detail.filing, verify: { ...detail.filing.verify, checks } } }),
    });
    await openPage();

    expect(screen.getByRole('heading', { name: '主体信息' })).toBeVisible();
    expect(screen.getByRole('heading', { name: '网站 1：浦江示例官网' })).toBeVisible();
    expect(screen.getByText('上海市浦东新区示例路 88 号 5 楼', { selector: 'dd' })).toBeVisible();
    const domainChecks = screen.getByRole('list', { name: '核验域名的核验结果' });
    expect(within(domainChecks).getAllByRole('listitem')).toHaveLength(7);
    const item = (name: string) => within(domainChecks).getByText(name).closest('li') as HTMLElement;
    // The same words as the applicant's verify result: 通过 / 提醒 / 未通过.
    expect(within(item('域名有效期')).getByText('通过')).toBeVisible();
    expect(within(item('域名注册人')).getByText('提醒')).toBeVisible();
    expect(item('域名注册人')).toHaveTextContent('域名注册人为单位的股东或负责人，可以备案，审核时会重点核对');
  });

  it('shows the materials one by one with zoom, rotation, next and previous, by button and by key', async () => {
    reviewerOnFiling();
    const { user } = await openPage();

    const viewer = screen.getByRole('region', { name: '材料查看器' });
    expect(within(viewer).getByRole('img')).toHaveAttribute('src', `/api/materials/${ID_FRONT_ID}/content`);
    expect(viewer).toHaveTextContent('第 1 / 2 份');
    await user.click(within(viewer).getByRole('button', { name: '放大' }));
    expect(within(viewer).getByRole('status', { name: '缩放比例' })).toHaveTextContent('125%');
    await user.click(within(viewer).getByRole('button', { name: '旋转 90°' }));
    expect(within(viewer).getByRole('img')).toHaveStyle({ transform: 'rotate(90deg)' });

    await user.keyboard('j');
    expect(within(viewer).getByRole('img')).toHaveAttribute('src', `/api/materials/${SHEET_ID}/content`);
    // A new material opens upright at its natural size.
    expect(within(viewer).getByRole('status', { name: '缩放比例' })).toHaveTextContent('100%');
    expect(within(viewer).getByRole('button', { name: '下一份' })).toBeDisabled();
    // Guangdong's sheet: the pledge paragraph is on the checklist.
    const checklist = screen.getByRole('group', { name: /核对清单/ });
    expect(within(checklist).getByLabelText('手写承诺段落完整、无错漏（广东要求）')).not.toBeChecked();
    expect(within(checklist).getByLabelText('签字与负责人姓名一致')).toBeVisible();

    await user.keyboard('{ArrowLeft}');
    expect(within(viewer).getByRole('img')).toHaveAttribute('src', `/api/materials/${ID_FRONT_ID}/content`);
  });

  it('renews the claim every 5 minutes and releases it, kept alive, when the page is left', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = reviewerOnFiling();
    const { user } = await openPage();

    // A page left by an earlier test may still be letting go of its claim; count from here.
    const released = () => api.to(`DELETE ${API}/lease`).length;
    const before = released();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await waitFor(() => expect(api.to(`POST ${API}/lease`)).toHaveLength(1));
    expect(released()).toBe(before);

    window.dispatchEvent(new Event('pagehide'));
    expect(released()).toBe(before + 1);
    await user.click(screen.getByRole('link', { name: '返回初审队列' }));
    await waitFor(() => expect(released()).toBe(before + 2));
    const releases = vi.mocked(fetch).mock.calls.filter(([, init]) => init?.method === 'DELETE');
    expect(releases.every(([, init]) => init?.keepalive === true)).toBe(true);
    expect(api.to(`DELETE ${API}/lease`).at(-1)?.headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('says so when the claim could not be renewed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    reviewerOnFiling({ [`POST ${API}/lease`]: () => problem(409, 'LEASE_NOT_HELD') });
    await openPage();

    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(await screen.findByRole('alert')).toHaveTextContent('您已不再持有此订单的领取');
    // A claim that lapsed or moved is not the reviewer's to give back.
    expect(screen.queryByRole('button', { name: '放回队列' })).not.toBeInTheDocument();
  });

  it('puts the filing back into the queue after a confirmation and lands on the queue, which says so', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = reviewerOnFiling({ 'GET /api/review/queue': () => json(200, queueOf([])) });
    const { user } = await openPage();
    // The previous test's page, left at its end, may release its own claim just now; count from here.
    const releasedBefore = api.to(`DELETE ${API}/lease`).length;

    await user.click(screen.getByRole('button', { name: '放回队列' }));
    const dialog = screen.getByRole('alertdialog', { name: '将订单 BA2026112900007 放回队列？' });
    expect(dialog).toHaveTextContent('其他审核员可以领取并审核本订单；您已填写的驳回理由不会保留。');
    await user.click(within(dialog).getByRole('button', { name: '确认放回' }));

    expect(await screen.findByRole('heading', { level: 1, name: '初审队列' })).toBeVisible();
    expect(screen.getByText('订单 BA2026112900007 已放回队列。')).toBeVisible();
    // Given back through the API client, which hears a refusal; not the fire-and-forget release of a page left.
    const givenBack = vi
      .mocked(fetch)
      .mock.calls.filter(([path, init]) => path === `${API}/lease` && init?.method === 'DELETE' && !init.keepalive);
    expect(givenBack).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(api.to(`POST ${API}/lease`)).toEqual([]);
    // Leaving the page does not release again what was just given back.
    expect(api.to(`DELETE ${API}/lease`)).toHaveLength(releasedBefore + 1);
  });

  it('stays on the page and says why when the claim is no longer there to give back (409)', async () => {
    reviewerOnFiling({ [`DELETE ${API}/lease`]: () => problem(409, 'LEASE_NOT_HELD') });
    const { user } = await openPage();

    await user.click(screen.getByRole('button', { name: '放回队列' }));
    await user.click(screen.getByRole('button', { name: '确认放回' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '未能放回队列您未持有该订单的审核领取（已过期或已被其他审核员领取），请从队列重新领取。',
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '初审：订单 BA2026112900007' })).toBeVisible();
  });

  it('does not send a rejection without a complete reason', async () => {
    const api = reviewerOnFiling();
    const { user } = await openPage();

    await user.keyboard('r');
    const form = screen.getByRole('form', { name: '驳回理由' });
    expect(within(form).getByLabelText('常用理由')).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: '确认驳回' }));
    expect(within(form).getByText('请选择这条理由针对的字段或材料')).toBeVisible();
    expect(within(form).getByText('请填写驳回说明')).toBeVisible();

    await user.click(within(form).getByRole('button', { name: '删除理由 1' }));
    await user.click(within(form).getByRole('button', { name: '确认驳回' }));
    expect(within(form).getByText('驳回至少需要一条理由。')).toBeVisible();
    expect(api.to(`POST ${API}/reject`)).toEqual([]);
  });

  it('rejects with a catalogue reason on a field and a reason of its own on a material', async () => {
    const api = reviewerOnFiling({
      [`POST ${API}/reject`]: () =>
        json(200, { id: REVIEW_ID, orderNo: 'BA2026112900007', status: 'INITIAL_REJECTED', version: 10 }),
    });
    const { user } = await openPage();

    await user.click(screen.getByRole('button', { name: '驳回' }));
    const form = screen.getByRole('form', { name: '驳回理由' });
    await user.selectOptions(within(form).getByLabelText('常用理由'), 'MAILING_ADDRESS_INCOMPLETE');
    expect(within(form).getByLabelText('所涉字段或材料')).toHaveValue('subject.mailingAddress');
    await user.click(within(form).getByRole('button', { name: '再加一条理由' }));
    const second = within(form).getByRole('group', { name: '理由 2' });
    await user.selectOptions(within(second).getByLabelText('所涉字段或材料'), 'materials.VERIFICATION_SHEET');
    await user.type(within(second).getByLabelText('驳回说明'), '核验单缺少手写承诺。');
    await user.type(within(second).getByLabelText('修改建议'), '请抄写承诺段落后重新上传。');
    await user.click(within(form).getByRole('button', { name: '确认驳回' }));

    expect(await screen.findByText('订单 BA2026112900007 已驳回，申请人会看到驳回理由。')).toBeVisible();
    expect(api.to(`POST ${API}/reject`)[0]?.body).toEqual({
      version: 9,
      reasons: [
        {
          field: 'subject.mailingAddress',
          code: 'MAILING_ADDRESS_INCOMPLETE',
          message: '通信地址不详细。',
          suggestion: '请填写到门牌号的详细地址。',
        },
        {
          field: 'materials.VERIFICATION_SHEET',
          code: 'OTHER',
          message: '核验单缺少手写承诺。',
          suggestion: '请抄写承诺段落后重新上传。',
        },
      ],
    });
  });

  it('explains a stale decision (409), reloads the filing and keeps the reasons written', async () => {
    const api = reviewerOnFiling({ [`POST ${API}/reject`]: () => problem(409, 'STALE_VERSION') });
    const { user } = await openPage();

    await user.keyboard('r');
    const form = screen.getByRole('form', { name: '驳回理由' });
    await user.selectOptions(within(form).getByLabelText('所涉字段或材料'), 'subject.principal.name');
    await user.type(within(form).getByLabelText('驳回说明'), '负责人姓名与证件不一致。');
    await user.click(within(form).getByRole('button', { name: '确认驳回' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('订单已有变化，决定未提交');
    await waitFor(() => expect(api.to(`GET ${API}`)).toHaveLength(2));
    expect(within(screen.getByRole('form', { name: '驳回理由' })).getByLabelText('驳回说明')).toHaveValue(
      '负责人姓名与证件不一致。',
    );
  });

  it('approves after a confirmation, from the A key, and stops renewing the claim the decision released', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = reviewerOnFiling({
      [`POST ${API}/approve`]: () =>
        json(200, { id: REVIEW_ID, orderNo: 'BA2026112900007', status: 'PHOTO_PENDING', version: 10 }),
    });
    const { user } = await openPage();
    // The previous test's page, left at its end, may release its own claim just now; count from here.
    const releasedBefore = api.to(`DELETE ${API}/lease`).length;
    expect(screen.getByText(/快捷键：J 或 → 下一份材料/)).toBeVisible();

    await user.keyboard('a');
    const dialog = screen.getByRole('alertdialog', { name: '通过订单 BA2026112900007 的初审？' });
    await user.click(within(dialog).getByRole('button', { name: '确认通过' }));

    expect(await screen.findByText('订单 BA2026112900007 已通过初审。')).toBeVisible();
    expect(api.to(`POST ${API}/approve`)[0]?.body).toEqual({ version: 9 });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(api.to(`POST ${API}/lease`)).toEqual([]);
    // The decision released the claim; the page does not try to release it again.
    expect(api.to(`DELETE ${API}/lease`)).toHaveLength(releasedBefore);
  });
});
