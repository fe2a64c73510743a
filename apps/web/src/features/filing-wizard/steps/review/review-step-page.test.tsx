// Review and submit: every detail and material with the link that changes it, the agreement, a submission that is
// sent once however often it is pressed, what is still missing when it is refused, and the due time when it is not.
import type { FilingDetail, SubmitBody } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json, problem } from '../../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../../test/filing-fixtures.ts';
import { material, materialList, PERSONAL_GD, slot, submitResponse } from '../../../../test/material-fixtures.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
const BASE = `/console/filings/${FILING_ID}`;

const draft = filingDetail({
  province: '44',
  domain: 'chenxiaoming.cn',
  subjectFilingNo: '粤ICP备2021034567号',
  nextAction: 'UPLOAD_MATERIALS',
  steps: { verify: true, subject: true, websites: true },
  subject: {
    ...filingDetail().subject,
    mailingAddress: '广东省深圳市南山区示例路 1 号',
    passwordVerified: true,
    mobileVerified: true,
    complete: true,
  },
  websites: [
    {
      websiteFilingNo: '粤ICP备2021034567号-1',
      name: '陈晓明的博客',
      domains: ['chenxiaoming.cn'],
      homepageUrl: 'https://chenxiaoming.cn/',
      accessProviders: ['其他云服务商'],
      confirmed: true,
      cloudService: { kind: 'RESOURCE', resourceId: 'res-gz' },
      cloudServiceChecks: [],
      principal: { sameAsSubject: true },
      complete: true,
    },
  ],
});
const uploaded = materialList(PERSONAL_GD, {
  [slot('SUBJECT_PRINCIPAL_ID_COMBINED', null)]: material('SUBJECT_PRINCIPAL_ID_COMBINED'),
  [slot('HANDHELD_CERT_PHOTO', null)]: material('HANDHELD_CERT_PHOTO'),
});

/** A server whose submission answers with `answer` and then holds the filing in initial review. */
function api(answer: () => Response | Promise<Response>) {
  let filing: FilingDetail = draft;
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, filing),
    [`GET ${FILING}/materials`]: () => json(200, uploaded),
    [`POST ${FILING}/submit`]: async () => {
      const response = await answer();
      if (response.ok) filing = { ...draft, status: 'INITIAL_REVIEW', nextAction: 'WAIT_FOR_REVIEW', version: 9 };
      return response;
    },
  });
}

const open = () => renderApp(`${BASE}/review`);

describe('review and submit', () => {
  it('summarises every detail and material with the link that changes it, certificates masked', async () => {
    api(() => json(200, submitResponse()));
    open();

    const principal = await screen.findByRole('region', { name: '主体负责人' });
    expect(within(principal).getByText('3101**********2018')).toBeVisible();
    expect(within(principal).getByRole('link', { name: '修改主体负责人' })).toHaveAttribute('href', `${BASE}/subject`);
    const websites = screen.getByRole('region', { name: '网站信息' });
    expect(within(websites).getByText('网站 1：陈晓明的博客')).toBeVisible();
    expect(await within(websites).findByText('演示-广州-包年12个月')).toBeVisible();
    expect(within(websites).getByText('与主体负责人相同')).toBeVisible();
    expect(within(websites).getByRole('link', { name: '修改网站信息' })).toHaveAttribute('href', `${BASE}/websites`);
    expect(screen.getByRole('region', { name: '验证信息' })).toHaveTextContent('已锁定');

    const materials = await screen.findByRole('region', { name: '材料' });
    expect(within(materials).getByRole('img', { name: '主体负责人证件（两面合一）预览' })).toBeVisible();
    expect(within(materials).getByRole('link', { name: '修改网站备案信息真实性核验单' })).toHaveAttribute(
      'href',
      `${BASE}/materials#material-VERIFICATION_SHEET`,
    );
    expect(within(materials).getAllByText('未上传')).toHaveLength(1);
    expect(screen.getByRole('link', { name: /上传 1 项必需材料/ })).toHaveAttribute('href', `${BASE}/materials`);
  });

  it('asks for the agreement first, and links to the terms and the privacy notice', async () => {
    const server = api(() => json(200, submitResponse()));
    const { user } = open();
    const agreement = await screen.findByRole('checkbox', { name: /我已阅读并同意/ });
    expect(screen.getByRole('link', { name: /《服务条款》/ })).toHaveAttribute('href', '/legal/terms');
    expect(screen.getByRole('link', { name: /《隐私声明》/ })).toHaveAttribute('href', '/legal/privacy');

    await user.click(screen.getByRole('button', { name: '提交初审' }));
    expect(agreement).toHaveAccessibleDescription('请先勾选同意服务条款和隐私声明');
    expect(agreement).toHaveFocus();
    expect(server.to(`POST ${FILING}/submit`)).toHaveLength(0);
  });

  it('lists what the server found missing, each with a link to where it is done', async () => {
    api(() =>
      problem(400, 'MATERIALS_MISSING', {
        errors: [
          { path: 'materials.VERIFICATION_SHEET', message: 'The signed verification sheet is missing' },
          { path: 'subject.mailingAddress', message: '请填写通信地址' },
          { path: 'subject.filingPassword', message: 'Confirm the filing password on the subject step.' },
          { path: 'websites.粤ICP备2021034567号-1', message: 'Confirm 粤ICP备2021034567号-1.' },
        ],
      }),
    );
    const { user } = open();
    await user.click(await screen.findByRole('checkbox', { name: /我已阅读并同意/ }));
    await user.click(screen.getByRole('button', { name: '提交初审' }));

    const missing = await screen.findByRole('alert');
    expect(missing).toHaveTextContent('以下内容尚未完成，完成后再提交：');
    expect(within(missing).getByRole('link', { name: '去上传：网站备案信息真实性核验单' })).toHaveAttribute(
      'href',
      `${BASE}/materials#material-VERIFICATION_SHEET`,
    );
    expect(within(missing).getByRole('link', { name: '去修改：主体信息：请填写通信地址' })).toHaveAttribute(
      'href',
      `${BASE}/subject`,
    );
    // The guard's paths the page knows are worded by the page, in the reader's language.
    expect(missing).toHaveTextContent('主体信息：验证备案密码');
    expect(within(missing).getByRole('link', { name: /网站信息：确认网站 粤ICP备2021034567号-1/ })).toHaveAttribute(
      'href',
      `${BASE}/websites`,
    );
  });

  it('names the website whose auth code another order holds, with a link to change it', async () => {
    const [site] = draft.websites;
    const withCode: FilingDetail = {
      ...draft,
      websites: [
        { ...(site as FilingDetail['websites'][number]), cloudService: { kind: 'AUTH_CODE', code: 'K7QM-2XPA-9RTV' } },
      ],
    };
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () => json(200, withCode),
      [`GET ${FILING}/materials`]: () => json(200, uploaded),
      [`POST ${FILING}/submit`]: () =>
        problem(409, 'AUTH_CODE_TAKEN', {
          errors: [
            {
              path: 'websites.粤ICP备2021034567号-1.cloudService',
              message:
                'The auth code K7QM-2XPA-9RTV is already used by another filing: choose another code or cloud server.',
            },
          ],
        }),
    });
    const { user } = open();
    await user.click(await screen.findByRole('checkbox', { name: /我已阅读并同意/ }));
    await user.click(screen.getByRole('button', { name: '提交初审' }));

    const taken = await screen.findByRole('alert');
    expect(taken).toHaveTextContent('以下授权码已被其他订单使用或不存在');
    expect(
      within(taken).getByRole('link', { name: '去更换：网站「陈晓明的博客」所用的授权码 K7QM-2XPA-9RTV' }),
    ).toHaveAttribute('href', `${BASE}/websites`);
    expect(taken).not.toHaveTextContent('already used');
  });

  it('still shows when the result is due after a reload', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () =>
        json(200, {
          ...draft,
          status: 'INITIAL_REVIEW',
          nextAction: 'WAIT_FOR_REVIEW',
          submittedAt: '2026-11-30T02:00:00.000Z',
          reviewDueAt: '2026-11-30T16:00:00.000Z',
        }),
      [`GET ${FILING}/materials`]: () => json(200, uploaded),
    });
    open();
    expect(await screen.findByText('初审结果预计在 2026-11-30 24:00（北京时间）前通知您。')).toBeVisible();
  });

  it('after the initial approval says where the filing stands, links to the photo step, and lists the rounds', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () => json(200, { ...draft, status: 'PHOTO_PENDING', nextAction: 'TAKE_PHOTO' }),
      [`GET ${FILING}/materials`]: () => json(200, uploaded),
      [`GET ${FILING}/history`]: () =>
        json(200, {
          rounds: [
            {
              stage: 'INITIAL',
              round: 1,
              submittedAt: '2026-11-30T02:00:00.000Z',
              outcome: 'APPROVED',
              decidedAt: '2026-11-30T06:00:00.000Z',
              reasons: [],
            },
          ],
          events: [],
        }),
    });
    open();
    const progress = await screen.findByRole('region', { name: '审核进度' });
    expect(within(progress).getByText(/当前状态：待拍照/)).toBeVisible();
    expect(within(progress).getByRole('link', { name: '办理拍照' })).toHaveAttribute('href', `${BASE}/photo`);
    expect(await screen.findByText('第 1 次初审')).toBeVisible();
    expect(screen.queryByRole('button', { name: '提交初审' })).not.toBeInTheDocument();
  });

  it('submits once, however often it is pressed, and then shows 初审中 and when the result is due', async () => {
    let release: () => void = () => undefined;
    const server = api(
      () => new Promise<Response>((resolve) => (release = () => resolve(json(200, submitResponse())))),
    );
    const { user } = open();
    await user.click(await screen.findByRole('checkbox', { name: /我已阅读并同意/ }));
    const button = screen.getByRole('button', { name: '提交初审' });
    await user.dblClick(button);
    await user.click(button);
    expect(await screen.findByRole('button', { name: '正在提交…' })).toBeDisabled();
    release();

    expect(await screen.findByRole('heading', { name: /已提交初审/ })).toHaveFocus();
    expect(screen.getByText('当前状态：初审中')).toBeVisible();
    expect(screen.getByText('初审结果预计在 2026-12-01 24:00（北京时间）前通知您。')).toBeVisible();
    expect(screen.getByText(/提交确认已通过电子邮件和短信发送给您/)).toBeVisible();
    const sent = server.to(`POST ${FILING}/submit`);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({
      version: draft.version,
      agreement: { termsVersion: '2026-11', privacyVersion: '2026-11', accepted: true },
    } satisfies SubmitBody);
    // Nothing is editable any more: no edit links, no submit button.
    expect(screen.queryByRole('link', { name: /^修改/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交初审' })).not.toBeInTheDocument();
  });
});
