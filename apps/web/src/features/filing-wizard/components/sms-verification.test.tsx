// The SMS code field in the demo: with the SMS gateway simulated, a sent code brings the simulated phone of the
// filing's numbers beside the field; with a real gateway there is no such link and nothing asks for it.
import type { SimulatedPhone } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
const PHONE = `GET ${FILING}/simulated-phone`;

function api(simulatedPhone: boolean | undefined, phone: () => SimulatedPhone) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, filingDetail()),
    [`POST ${FILING}/sms-code`]: () =>
      json(200, { sentTo: '138****5678', resendAfterSeconds: 60, expiresInSeconds: 300, simulatedPhone }),
    [PHONE]: () => json(200, phone()),
  });
}

const text = {
  id: 'a6b1c7f0-0000-4000-8000-000000000001',
  mobileMasked: '138****5678',
  template: 'VERIFY_CODE',
  purpose: 'PRINCIPAL_MOBILE',
  body: '【本云备案】您的验证码为 424242，5 分钟内有效。如非本人操作，请忽略。',
  sentAt: '2026-11-29T06:00:05.000Z',
};

describe('the SMS code field', () => {
  it('opens the simulated phone of the filing’s numbers once a code was sent, and shows the text when it arrives', async () => {
    let arrived = false;
    const sent = api(true, () => ({ mobiles: ['138****5678'], messages: arrived ? [text] : [] }));
    const { user } = renderApp(`/console/filings/${FILING_ID}/subject`);
    expect(await screen.findByRole('button', { name: '获取验证码' })).toBeVisible();
    expect(screen.queryByRole('button', { name: '查看模拟手机短信' })).toBeNull();

    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    const open = await screen.findByRole('button', { name: '查看模拟手机短信' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(sent.to(PHONE)).toHaveLength(0);

    await user.click(open);
    expect(await screen.findByText('正在等待短信送达…')).toBeVisible();
    expect(screen.getByText(/手机号 138\*\*\*\*5678 收到的/)).toBeVisible();
    arrived = true;
    const list = await screen.findByRole('list', { name: '模拟手机收到的短信' }, { timeout: 6000 });
    expect(within(list).getByText(text.body)).toBeVisible();
    expect(within(list).getByText('2026-11-29 14:00（北京时间）')).toBeVisible();
    expect(screen.getByRole('button', { name: '收起模拟手机短信' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('offers no simulated phone when the gateway is real', async () => {
    const sent = api(false, () => ({ mobiles: [], messages: [] }));
    const { user } = renderApp(`/console/filings/${FILING_ID}/subject`);
    await user.click(await screen.findByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('验证码已发送至 138****5678，5 分钟内有效。')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('button', { name: '查看模拟手机短信' })).toBeNull());
    expect(sent.to(PHONE)).toHaveLength(0);
  });
});
