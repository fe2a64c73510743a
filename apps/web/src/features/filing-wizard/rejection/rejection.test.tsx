// A filing returned by initial review: the banner with its links, the first problem's step, the named field
// highlighted with its message and suggestion, the others read-only, and "重新提交" on the review page.
import { type FilingDetail, REVIEW_REASONS } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { langMarks } from '../../../test/lang-marks.ts';
import { materialList, PERSONAL_GD } from '../../../test/material-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
const BASE = `/console/filings/${FILING_ID}`;

const rejected: FilingDetail = filingDetail({
  status: 'INITIAL_REJECTED',
  nextAction: 'FIX_REJECTION',
  rejection: {
    at: '2026-11-29T06:00:00.000Z',
    reasons: [
      {
        field: 'subject.mailingAddress',
        code: 'ADDRESS_INCOMPLETE',
        message: '通信地址不完整',
        suggestion: '请精确到门牌号',
      },
      { field: 'materials.HANDHELD_CERT_PHOTO', code: 'PHOTO_BLURRED', message: '手持证件照模糊' },
    ],
  },
});

function api() {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, rejected),
    [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
  });
}

describe('a rejected filing', () => {
  it('opens the first step with a problem, under a banner that links every reason', async () => {
    api();
    renderApp(BASE);
    const banner = await screen.findByRole('region', { name: '初审未通过：请根据以下意见修改后重新提交' });
    expect(within(banner).getByRole('link', { name: '通信地址' })).toHaveAttribute('href', `${BASE}/subject`);
    expect(within(banner).getByText(/修改建议：请精确到门牌号/)).toBeVisible();
    expect(within(banner).getByRole('link', { name: /手持/ })).toHaveAttribute(
      'href',
      `${BASE}/materials#material-HANDHELD_CERT_PHOTO`,
    );
    expect(await screen.findByLabelText('通信地址')).toBeVisible();
    // Chinese words in a Chinese console need no language of their own.
    expect(banner.querySelector('[lang]')).toBeNull();
  });

  it('highlights the named field with its message and suggestion; the others are read-only', async () => {
    api();
    renderApp(`${BASE}/subject`);
    const address = await screen.findByLabelText('通信地址');
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toBeEnabled();
    expect(address).toHaveAccessibleDescription(/通信地址不完整 修改建议：请精确到门牌号/);
    const email = screen.getByLabelText('电子邮箱');
    expect(email).toBeDisabled();
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(email).toHaveAccessibleDescription('此项无需修改');
  });

  it('words a catalogue reason under its field in the console’s language', async () => {
    const incomplete = REVIEW_REASONS.find((r) => r.code === 'MAILING_ADDRESS_INCOMPLETE');
    if (!incomplete) throw new Error('no MAILING_ADDRESS_INCOMPLETE in the catalogue');
    const picked = { field: incomplete.field, code: incomplete.code, ...incomplete.zh };
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT', { locale: 'en-US' }) }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () => json(200, { ...rejected, rejection: { at: rejected.rejection?.at, reasons: [picked] } }),
      [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
    });
    renderApp(`${BASE}/subject`);
    const address = await screen.findByLabelText('Mailing address');
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveAccessibleDescription(
      expect.stringContaining(`${incomplete.en.message} Suggestion: ${incomplete.en.suggestion}`),
    );
  });

  it('offers "重新提交" on the review page', async () => {
    api();
    renderApp(`${BASE}/review`);
    expect(await screen.findByRole('button', { name: '重新提交' })).toBeVisible();
    expect(screen.queryByRole('button', { name: '提交初审' })).not.toBeInTheDocument();
  });

  it('reads a catalogue reason in the console’s language and a reviewer’s own words as written', async () => {
    const blurred = REVIEW_REASONS.find((r) => r.code === 'PHOTO_BLURRED');
    if (!blurred) throw new Error('no PHOTO_BLURRED in the catalogue');
    const [own] = rejected.rejection?.reasons ?? [];
    const picked = { field: 'materials.HANDHELD_CERT_PHOTO', code: blurred.code, ...blurred.zh };
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT', { locale: 'en-US' }) }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () =>
        json(200, { ...rejected, rejection: { at: rejected.rejection?.at, reasons: [own, picked] } }),
      [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
    });
    renderApp(BASE);
    const banner = await screen.findByRole('region', { name: /Initial review/ });
    expect(banner).toHaveTextContent(`${blurred.en.message} Suggestion: ${blurred.en.suggestion}`);
    expect(banner).not.toHaveTextContent(blurred.zh.message);
    expect(banner).toHaveTextContent('通信地址不完整 Suggestion: 请精确到门牌号');
    // The reviewer's Chinese words are marked as Chinese for a screen reader; the catalogue's English words are not.
    expect(langMarks(banner)).toEqual([
      ['zh-CN', '通信地址不完整'],
      ['zh-CN', '请精确到门牌号'],
    ]);
  });

  it('marks a reviewer’s Chinese words under an English field as Chinese', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT', { locale: 'en-US' }) }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () => json(200, rejected),
      [`GET ${FILING}/materials`]: () => json(200, materialList(PERSONAL_GD, {})),
    });
    renderApp(`${BASE}/subject`);
    const address = await screen.findByLabelText('Mailing address');
    expect(address).toHaveAccessibleDescription(/通信地址不完整 Suggestion: 请精确到门牌号/);
    const errorId = address.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
    expect(langMarks(document.getElementById(errorId))).toEqual([
      ['zh-CN', '通信地址不完整'],
      ['zh-CN', '请精确到门牌号'],
    ]);
  });
});
