// Step 2.1: autosave (debounced, versioned, and what happens when another tab saved first), the filing password's
// tries and lock, and the SMS code with its resend countdown.
import type { FilingDetail } from '@beian/contracts';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { account, fakeApi, json, problem, type SentRequest } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
type Handler = (request: SentRequest) => Response;

function api(routes: Record<string, Handler>, filing: () => FilingDetail = () => filingDetail()) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, filing()),
    ...routes,
  });
}

const open = () => renderApp(`/console/filings/${FILING_ID}/subject`);

describe('subject step', () => {
  afterEach(() => vi.useRealTimers());

  it('saves ~800 ms after typing stops, with the version it last read, then with the new one', async () => {
    let filing = filingDetail();
    const sent = api(
      {
        [`PUT ${FILING}/subject`]: (request) => {
          const body = request.body as { subject: { mailingAddress: string } };
          filing = {
            ...filing,
            version: filing.version + 1,
            subject: { ...filing.subject, mailingAddress: body.subject.mailingAddress },
          };
          return json(200, filing);
        },
      },
      () => filing,
    );
    const { user } = open();
    const field = await screen.findByLabelText('通信地址');
    await user.type(field, '上海市浦东新区示例路 88 号');

    expect(sent.to(`PUT ${FILING}/subject`)).toHaveLength(0);
    await waitFor(() => expect(sent.to(`PUT ${FILING}/subject`)).toHaveLength(1), { timeout: 2000 });
    expect(sent.to(`PUT ${FILING}/subject`)[0]?.body).toMatchObject({
      version: 3,
      subject: { mailingAddress: '上海市浦东新区示例路 88 号', principal: { mobile: '13812345678' } },
    });
    // The certificate number is write-only: not retyped, not sent.
    expect(sent.to(`PUT ${FILING}/subject`)[0]?.body).not.toHaveProperty('subject.principal.certNumber');
    expect(await screen.findByText(/^已自动保存 \d{2}:\d{2}:\d{2}（北京时间）$/)).toBeVisible();

    await user.type(field, ' 5 楼');
    await waitFor(() => expect(sent.to(`PUT ${FILING}/subject`)).toHaveLength(2), { timeout: 2000 });
    expect(sent.to(`PUT ${FILING}/subject`)[1]?.body).toMatchObject({ version: 4 });
  });

  it('loads the newer version and says so when another tab saved first', async () => {
    let reads = 0;
    const newer = filingDetail({
      version: 9,
      subject: { ...filingDetail().subject, mailingAddress: '另一个标签页填写的地址' },
    });
    api({ [`PUT ${FILING}/subject`]: () => problem(409, 'STALE_VERSION') }, () =>
      reads++ === 0 ? filingDetail() : newer,
    );
    const { user } = open();
    await user.type(await screen.findByLabelText('通信地址'), '我的地址');

    expect(
      await screen.findByText('此订单已在其他标签页或设备上修改，已载入最新内容，请检查后继续填写。', undefined, {
        timeout: 2000,
      }),
    ).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText('通信地址')).toHaveValue('另一个标签页填写的地址'));
  });

  it('says how many filing-password tries are left, then until when the subject is locked (Beijing time)', async () => {
    let tries = 0;
    const answer = () =>
      ++tries === 1
        ? json(422, {
            type: 'about:blank',
            title: 'Wrong',
            status: 422,
            code: 'FILING_PASSWORD_WRONG',
            detail: 'x',
            triesLeft: 3,
          })
        : json(423, {
            type: 'about:blank',
            title: 'Locked',
            status: 423,
            code: 'SUBJECT_LOCKED',
            detail: 'x',
            lockedUntil: '2026-11-29T05:35:00.000Z',
          });
    api({ [`POST ${FILING}/subject/password`]: answer });
    const { user } = open();
    const password = await screen.findByLabelText('备案密码');
    expect(screen.getByRole('link', { name: '忘记备案密码？' })).toHaveAttribute('href', 'https://beian.miit.gov.cn/');

    await user.type(password, 'not-it');
    await user.click(screen.getByRole('button', { name: '验证' }));
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(expect.stringContaining('备案密码不正确，还可尝试 3 次。')),
    );
    expect(password).toHaveAttribute('aria-invalid', 'true');

    await user.type(password, 'still-not-it');
    await user.click(screen.getByRole('button', { name: '验证' }));
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(expect.stringContaining('错误次数过多，已锁定至 13:35')),
    );
  });

  it('counts down before another code can be sent, and says when a code is wrong', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sent = api({
      [`POST ${FILING}/sms-code`]: () =>
        json(200, { sentTo: '138****5678', resendAfterSeconds: 60, expiresInSeconds: 300 }),
      [`POST ${FILING}/sms-code/verify`]: () => problem(422, 'SMS_CODE_WRONG'),
    });
    const { user } = open();
    await user.click(await screen.findByRole('button', { name: '获取验证码' }));

    expect(await screen.findByText('验证码已发送至 138****5678，5 分钟内有效。')).toBeVisible();
    expect(screen.getByRole('button', { name: '60 秒后可重新获取' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByRole('button', { name: '30 秒后可重新获取' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByRole('button', { name: '获取验证码' })).toBeEnabled();
    expect(sent.to(`POST ${FILING}/sms-code`)).toHaveLength(1);

    const code = screen.getByLabelText('短信验证码');
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: '确认' }));
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(expect.stringContaining('验证码不正确，请检查后重新输入。')),
    );
    expect(sent.to(`POST ${FILING}/sms-code/verify`)[0]?.body).toEqual({ code: '123456' });
  });

  it('offers the next step only when the server counts the subject complete', async () => {
    const complete = filingDetail({
      steps: { verify: true, subject: true, websites: false },
      subject: { ...filingDetail().subject, passwordVerified: true, mobileVerified: true, complete: true },
    });
    api({}, () => complete);
    open();

    expect(await screen.findByText('备案密码已验证')).toBeVisible();
    expect(screen.getByText('手机号已验证')).toBeVisible();
    expect(screen.getByRole('button', { name: '下一步：确认网站信息' })).toBeEnabled();
  });

  it('while incomplete, lists each missing thing under the disabled "next", each a link to its field', async () => {
    api({});
    const { user } = open();
    const next = await screen.findByRole('button', { name: '下一步：确认网站信息' });
    expect(next).toBeDisabled();
    expect(next).toHaveAccessibleDescription(/完成以下事项后可进入下一步/);

    // The fixture: the password and the mobile not yet confirmed, the mailing address empty.
    await user.click(screen.getByRole('link', { name: '填写“通信地址”' }));
    expect(screen.getByLabelText('通信地址')).toHaveFocus();
    await user.click(screen.getByRole('link', { name: '验证备案密码' }));
    expect(screen.getByLabelText('备案密码')).toHaveFocus();
    await user.click(screen.getByRole('link', { name: '完成手机验证码校验' }));
    expect(screen.getByLabelText('短信验证码')).toHaveFocus();
  });
});
