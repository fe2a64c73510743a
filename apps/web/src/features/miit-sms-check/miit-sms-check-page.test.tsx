// The simulated MIIT verification page: public, the three fields validated by the contract before sending, and each
// outcome the API answers put in words (done, tries left, expired, not a verifier), in Chinese and in English.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLocale } from '../../i18n/i18n.ts';
import { fakeApi, json, problem } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';

const ORDER = 'BA2026113000001';
const result = (outcome: string, extra: object = {}) =>
  json(200, { outcome, orderNo: ORDER, triesLeft: null, allConfirmed: false, ...extra });

afterEach(async () => {
  vi.unstubAllGlobals();
  await changeLocale('zh-CN');
});

async function fill(
  user: ReturnType<typeof renderApp>['user'],
  values: { mobile: string; code: string; ending: string },
) {
  await user.type(screen.getByLabelText(/^手机号码/), values.mobile);
  await user.type(screen.getByLabelText(/^短信核验码/), values.code);
  await user.type(screen.getByLabelText(/^证件号码后六位/), values.ending);
  await user.click(screen.getByRole('button', { name: '提交核验' }));
}

describe('the MIIT SMS check page', () => {
  it('looks like MIIT’s page, says it is a simulation, and needs no sign-in', async () => {
    fakeApi({});
    renderApp('/miit/sms-check');
    expect(await screen.findByRole('heading', { level: 1, name: '短信核验' })).toBeVisible();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('工业和信息化部政务服务平台')).toBeVisible();
    expect(within(header).getByText('ICP/IP地址/域名信息备案管理系统')).toBeVisible();
    expect(screen.getByText(/这是本控制台对工信部短信核验页面的模拟/)).toBeVisible();
    expect(screen.getByRole('form', { name: '短信核验信息' })).toBeVisible();
    // Outside the console: no navigation of any role, and it did not send anyone to sign in.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('heading', { name: '登录' })).toBeNull();
  });

  it('validates the three fields with the contract before anything is sent', async () => {
    const api = fakeApi({});
    const { user } = renderApp('/miit/sms-check');
    await screen.findByRole('heading', { level: 1, name: '短信核验' });
    await fill(user, { mobile: '2380013800', code: '12a', ending: '1313' });
    expect(await screen.findByText('请输入 11 位手机号码')).toBeVisible();
    expect(screen.getByText('请输入短信中的 6 位核验码')).toBeVisible();
    expect(screen.getByText('请输入证件号码的后 6 位（数字或字母）')).toBeVisible();
    expect(screen.getByLabelText(/^手机号码/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.to('POST /api/miit/sms-check')).toHaveLength(0);
  });

  it('confirms one verifier, says another one still has to, and clears the form for them', async () => {
    const api = fakeApi({ 'POST /api/miit/sms-check': () => result('CONFIRMED') });
    const { user } = renderApp('/miit/sms-check');
    await screen.findByRole('heading', { level: 1, name: '短信核验' });
    await fill(user, { mobile: '13800138001', code: '123456', ending: '01313x' });
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('核验成功');
    expect(status).toHaveTextContent(`您已完成订单 ${ORDER} 的短信核验。还有负责人尚未核验`);
    expect(api.to('POST /api/miit/sms-check')[0]?.body).toEqual({
      mobile: '13800138001',
      code: '123456',
      certEnding: '01313x',
    });
    expect(api.to('POST /api/miit/sms-check')[0]?.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(screen.getByLabelText(/^手机号码/)).toHaveValue('');
  });

  it('says the filing is with the bureau once every verifier has confirmed', async () => {
    fakeApi({ 'POST /api/miit/sms-check': () => result('CONFIRMED', { allConfirmed: true }) });
    const { user } = renderApp('/miit/sms-check');
    await screen.findByRole('heading', { level: 1, name: '短信核验' });
    await fill(user, { mobile: '13900139002', code: '654321', ending: '01313X' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      `订单 ${ORDER} 的所有负责人均已完成短信核验，备案已进入管局审核。`,
    );
  });

  it('counts down the tries after a wrong code and keeps what was typed', async () => {
    let triesLeft = 4;
    fakeApi({ 'POST /api/miit/sms-check': () => result('WRONG_CODE', { triesLeft: triesLeft-- }) });
    const { user } = renderApp('/miit/sms-check');
    await screen.findByRole('heading', { level: 1, name: '短信核验' });
    await fill(user, { mobile: '13800138001', code: '000000', ending: '01313X' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('核验码或证件号码后六位不正确');
    expect(alert).toHaveTextContent('还可再输错 4 次');
    expect(screen.getByLabelText(/^手机号码/)).toHaveValue('13800138001');
    expect(screen.getByLabelText(/^短信核验码/)).toHaveFocus();

    triesLeft = 0;
    await user.click(screen.getByRole('button', { name: '提交核验' }));
    expect(await screen.findByText(/再输错一次，本次核验即失效/)).toBeVisible();
  });

  it('explains an expired check (the provider resubmits) and a mobile no filing waits for', async () => {
    let outcome = 'EXPIRED';
    fakeApi({
      'POST /api/miit/sms-check': () =>
        outcome === 'EXPIRED' ? result('EXPIRED') : result('NOT_A_VERIFIER', { orderNo: null }),
    });
    const { user } = renderApp('/miit/sms-check');
    await screen.findByRole('heading', { level: 1, name: '短信核验' });
    await fill(user, { mobile: '13800138001', code: '123456', ending: '01313X' });
    const expired = await screen.findByRole('alert');
    expect(expired).toHaveTextContent('核验已失效');
    expect(expired).toHaveTextContent('接入服务商会重新提交备案，届时您将收到新的核验短信');

    outcome = 'NOT_A_VERIFIER';
    await user.click(screen.getByRole('button', { name: '提交核验' }));
    expect(await screen.findByText('未找到待核验的备案')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('没有等待此手机号码核验的备案订单');
  });

  it('puts a field the API refused on that field, and shows other failures above the form', async () => {
    let answer = () =>
      problem(400, 'VALIDATION_FAILED', { errors: [{ path: 'certEnding', message: 'Enter the last 6 characters' }] });
    fakeApi({ 'POST /api/miit/sms-check': () => answer() });
    const { user } = renderApp('/miit/sms-check');
    await screen.findByRole('heading', { level: 1, name: '短信核验' });
    await fill(user, { mobile: '13800138001', code: '123456', ending: '01313X' });
    expect(await screen.findByText('Enter the last 6 characters')).toBeVisible();
    expect(screen.getByLabelText(/^证件号码后六位/)).toHaveAttribute('aria-invalid', 'true');

    answer = () => problem(429, 'RATE_LIMITED');
    await user.click(screen.getByRole('button', { name: '提交核验' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('核验未能提交');
    expect(alert).toHaveTextContent('请求过于频繁，请稍后重试。');
  });

  it('reads in English through the language switch', async () => {
    fakeApi({ 'POST /api/miit/sms-check': () => result('WRONG_CODE', { triesLeft: 2 }) });
    const { user } = renderApp('/miit/sms-check');
    await screen.findByRole('heading', { level: 1, name: '短信核验' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'SMS check' })).toBeVisible();
    expect(screen.getByText('MIIT Government Service Platform')).toBeVisible();
    await user.type(screen.getByLabelText(/^Mobile number/), '13800138001');
    await user.type(screen.getByLabelText(/^SMS code/), '000000');
    await user.type(screen.getByLabelText(/^Last six characters/), '01313X');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('2 more wrong tries are allowed');
  });
});
