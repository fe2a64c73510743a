// Step 1 as the applicant meets it: checks while typing, the cloud-service picker, and every check in the result.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { FILING_ID, RESOURCES, VERIFY_CHECKS, verifyResponse } from '../../../test/filing-fixtures.ts';
import { expectHeadingsDescendOneLevelAtATime } from '../../../test/heading-levels.ts';
import { renderApp } from '../../../test/render-app.tsx';

function api(verify = verifyResponse()) {
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    'POST /api/filings/verify': () => json(verify.filing ? 201 : 200, verify),
  });
}

async function fillIn(user: ReturnType<typeof renderApp>['user']) {
  await user.selectOptions(await screen.findByLabelText('主办单位所在省份'), '上海');
  await user.selectOptions(screen.getByLabelText('主办者性质'), '企业');
  await user.type(screen.getByLabelText('证件号码'), '9131011520150001XD');
  await user.type(screen.getByLabelText('网站域名'), 'https://www.Pujiang-Demo.com.cn/about');
  await user.click(await screen.findByRole('radio', { name: /演示-广州-包年12个月/ }));
}

describe('verify step', () => {
  // The form keeps its draft in this tab's session storage; each test starts with a fresh tab.
  beforeEach(() => window.sessionStorage.clear());

  it('says under the field, as it is typed, when a resident ID’s check digit is wrong', async () => {
    api();
    const { user } = renderApp('/console/filings/new');
    await user.selectOptions(await screen.findByLabelText('主办者性质'), '个人');
    await user.type(screen.getByLabelText('证件号码'), '440305198803121314');
    await user.tab();

    const field = screen.getByLabelText('证件号码');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('身份证号码校验位不正确，请逐位核对'));

    await user.clear(field);
    await user.type(field, '440305198803121313');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('opens with what to prepare, and its headings go down one level at a time', async () => {
    api();
    renderApp('/console/filings/new');
    await screen.findByLabelText('证件号码');
    const checklist = screen.getByText('开始前需要准备的信息').closest('details');
    if (!checklist) throw new Error('no folding panel around what to prepare');
    expect(checklist).toHaveAttribute('open');
    expect(within(checklist).getAllByRole('listitem')).toHaveLength(5);
    expectHeadingsDescendOneLevelAtATime();
  });

  it('offers only the certificate types the chosen nature may use', async () => {
    api();
    const { user } = renderApp('/console/filings/new');
    const certType = await screen.findByLabelText('证件类型');
    await user.selectOptions(screen.getByLabelText('主办者性质'), '企业');

    const names = () =>
      within(certType)
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(names()).toEqual(['请选择', '营业执照']);
    expect(certType).toHaveDisplayValue('营业执照');

    await user.selectOptions(screen.getByLabelText('主办者性质'), '个人');
    expect(names()).toContain('居民身份证');
    expect(names()).toContain('护照');
    expect(names()).not.toContain('营业执照');
  });

  it('keeps what was typed when the applicant comes back to the page', async () => {
    api();
    const first = renderApp('/console/filings/new');
    await first.user.type(await screen.findByLabelText('网站域名'), 'pujiang-demo.com.cn');
    first.unmount();
    renderApp('/console/filings/new');

    expect(await screen.findByLabelText('网站域名')).toHaveValue('pujiang-demo.com.cn');
  });

  it('previews the domain as it will be checked', async () => {
    api();
    const { user } = renderApp('/console/filings/new');
    await user.type(await screen.findByLabelText('网站域名'), 'https://www.Pujiang-Demo.com.cn/about');

    expect(screen.getByText('将核验 pujiang-demo.com.cn')).toBeVisible();
    expect(screen.getByText('后缀 .com.cn 已获工信部批准')).toBeVisible();
  });

  it('keeps a line under the domain for its note or error, so neither appearing on blur moves what follows', async () => {
    api();
    const { user } = renderApp('/console/filings/new');
    const input = await screen.findByLabelText('网站域名');
    const line = input.closest('.field')?.querySelector(':scope > .field__message') as HTMLElement;
    expect(line).toBeEmptyDOMElement();

    await user.click(input);
    await user.tab();
    await waitFor(() => expect(line.querySelector('.field__error')).not.toBeNull());
    expect(input).toHaveAccessibleDescription(expect.stringContaining(line.textContent ?? ''));

    await user.type(input, 'pujiang-demo.com.cn');
    await user.tab();
    expect(await within(line).findByText('将核验 pujiang-demo.com.cn')).toBeVisible();
    expect(line.querySelector('.field__error')).toBeNull();
  });

  it('disables the resources that cannot host a filing and says why', async () => {
    api();
    renderApp('/console/filings/new');

    const payAsYouGo = await screen.findByRole('radio', { name: /演示-北京-按量计费/ });
    expect(payAsYouGo).toBeDisabled();
    expect(payAsYouGo).toHaveAccessibleDescription(expect.stringContaining('按量计费不可用于备案'));
    expect(payAsYouGo).toHaveAccessibleDescription(expect.stringContaining('包年包月购买不足 3 个月（含续费）'));
    expect(screen.getByRole('radio', { name: /演示-中国香港/ })).toHaveAccessibleDescription(
      expect.stringContaining('非中国大陆地域，不能用于备案'),
    );
    expect(screen.getByRole('radio', { name: /演示-广州-包年12个月/ })).toBeEnabled();
  });

  it('lists every check by name, with the failing one’s reason in plain words', async () => {
    const checks = VERIFY_CHECKS.map((check) =>
      check.name === 'DOMAIN_REGISTRANT'
        ? { name: check.name, status: 'fail' as const, reason: 'DOMAIN_REGISTRANT_NAME_MISMATCH' }
        : check,
    );
    const sent = api(verifyResponse({ outcome: 'fail', checks, filing: null }));
    const { user } = renderApp('/console/filings/new');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '开始验证' }));

    const list = await screen.findByRole('list', { name: '检查项' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(checks.length);
    expect(items.map((item) => item.querySelector('.check__name')?.textContent)).toEqual(
      expect.arrayContaining(['证件类型', '域名实名认证', '域名注册人', '购买时长']),
    );
    const registrant = items.find((item) => item.textContent?.includes('域名注册人'));
    expect(registrant).toHaveTextContent('未通过');
    expect(registrant).toHaveTextContent('该域名注册人与主办单位名称不一致');
    expect(screen.getByText('验证未通过，请根据下方原因修改后重新验证')).toBeVisible();
    expect(screen.queryByRole('link', { name: '下一步：填写主体信息' })).not.toBeInTheDocument();
    expect(sent.to('POST /api/filings/verify')[0]?.body).toEqual({
      province: '31',
      nature: 'ENTERPRISE',
      certType: 'BUSINESS_LICENSE',
      certNumber: '9131011520150001XD',
      domain: 'https://www.Pujiang-Demo.com.cn/about',
      cloudService: { kind: 'RESOURCE', resourceId: 'res-gz' },
    });
  });

  it('shows the detected type and subject filing number, and leads on to the subject step', async () => {
    api();
    const { user } = renderApp('/console/filings/new');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '开始验证' }));

    expect(await screen.findByText('检测到备案类型：接入备案')).toBeVisible();
    expect(screen.getByText('主体备案号：沪ICP备2015012345号')).toBeVisible();
    expect(screen.getByRole('link', { name: '下一步：填写主体信息' })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/subject`,
    );
  });

  it('explains a filing that is not an access filing', async () => {
    const checks = [
      ...VERIFY_CHECKS,
      { name: 'FILING_TYPE', status: 'fail' as const, reason: 'FILING_TYPE_SUBJECT_NOT_FILED' },
    ];
    api(verifyResponse({ outcome: 'fail', detectedType: 'FIRST', subjectFilingNo: null, checks, filing: null }));
    const { user } = renderApp('/console/filings/new');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: '开始验证' }));

    expect(await screen.findByText('本订单属于“首次备案”，不是接入备案')).toBeVisible();
    expect(screen.getAllByText('该主体尚未备案，需要办理首次备案').length).toBeGreaterThan(0);
    expect(screen.getByText(/本控制台目前只办理接入备案/)).toBeVisible();
  });
});
