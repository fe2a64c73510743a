// Step 2.2: the subject's filed websites prefilled, confirmed one by one, and "next" (on to the materials) only once
// the server counts every kept website complete; a website taken out can be added back.
import type { FilingDetail, UpdateWebsitesBody } from '@beian/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
const DETECTED = [
  {
    websiteFilingNo: '沪ICP备2015012345号-1',
    name: '浦江示例官网',
    domains: ['pujiang-demo.com.cn'],
    homepageUrl: 'https://www.pujiang-demo.com.cn/',
    accessProviders: ['其他云服务商'],
  },
  {
    websiteFilingNo: '沪ICP备2015012345号-2',
    name: '浦江文档中心',
    domains: ['pujiang-docs.cn', 'pujiang-docs.net'],
    homepageUrl: null,
    accessProviders: ['其他云服务商'],
  },
];

type Principal = FilingDetail['websites'][number]['principal'];

/** The principal as the server keeps it: the subject's, or a person of its own as typed so far. */
function stored(principal: UpdateWebsitesBody['websites'][number]['principal']): Principal {
  if (principal === null || principal.sameAsSubject) return principal;
  const { certNumber, sameAsSubject: _, ...typed } = principal;
  const field = (value: string | undefined) => value || null;
  return {
    sameAsSubject: false,
    name: field(typed.name),
    certType: field(typed.certType),
    certNumberMasked: certNumber ? `${certNumber.slice(0, 4)}**********${certNumber.slice(-4)}` : null,
    mobileMasked: null,
    mobile: field(typed.mobile),
    email: field(typed.email),
    emergencyPhone: field(typed.emergencyPhone),
  };
}

/** A server that counts a website complete when it is confirmed, has a cloud service and the subject's principal. */
function api(overrides: Partial<FilingDetail> = {}) {
  let filing = filingDetail({
    steps: { verify: true, subject: true, websites: false },
    subject: { ...filingDetail().subject, passwordVerified: true, mobileVerified: true, complete: true },
    ...overrides,
  });
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, filing),
    [`GET ${FILING}/websites/detected`]: () => json(200, { websites: DETECTED }),
    [`GET ${FILING}/materials`]: () => json(200, { items: [], missing: 0 }),
    [`PUT ${FILING}/websites`]: (request) => {
      const body = request.body as UpdateWebsitesBody;
      const websites: FilingDetail['websites'] = body.websites.map((entry) => {
        const registry = DETECTED.find((w) => w.websiteFilingNo === entry.websiteFilingNo) ?? DETECTED[0];
        return {
          ...(registry as (typeof DETECTED)[number]),
          confirmed: entry.confirmed,
          cloudService: entry.cloudService,
          cloudServiceChecks: [],
          principal: stored(entry.principal),
          complete: entry.confirmed && entry.cloudService !== null && entry.principal?.sameAsSubject === true,
        };
      });
      const done = websites.length > 0 && websites.every((w) => w.complete);
      filing = { ...filing, version: filing.version + 1, websites, steps: { ...filing.steps, websites: done } };
      return json(200, filing);
    },
  });
}

describe('websites step', () => {
  it('prefills every filed website and offers "next" only when each one kept is complete', async () => {
    const sent = api();
    const { user, router } = renderApp(`/console/filings/${FILING_ID}/websites`);

    const cards = await screen.findAllByRole('region', { name: /浦江/ });
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      '浦江示例官网',
      '浦江文档中心',
    ]);
    expect(within(cards[1] as HTMLElement).getByText('pujiang-docs.cn、pujiang-docs.net')).toBeVisible();
    const next = screen.getByRole('button', { name: '下一步：上传材料' });
    expect(next).toBeDisabled();

    const [first, second] = screen.getAllByRole('checkbox', { name: '确认网站信息无误' });
    await user.click(first as HTMLElement);
    await waitFor(() => expect(sent.to(`PUT ${FILING}/websites`)).toHaveLength(1), { timeout: 2000 });
    expect(next).toBeDisabled();

    await user.click(second as HTMLElement);
    await waitFor(() => expect(next).toBeEnabled(), { timeout: 2000 });
    const last = sent.to(`PUT ${FILING}/websites`).at(-1)?.body as UpdateWebsitesBody;
    expect(last.websites).toEqual([
      expect.objectContaining({ confirmed: true, cloudService: { kind: 'RESOURCE', resourceId: 'res-gz' } }),
      expect.objectContaining({ confirmed: true, principal: { sameAsSubject: true } }),
    ]);

    // "Next" saves and goes straight on to the materials, which says (politely) that the websites were saved.
    await user.click(next);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/console/filings/${FILING_ID}/materials`));
    const saved = await screen.findByText('信息已保存。');
    expect(saved.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('region', { name: /信息已保存/ })).not.toBeInTheDocument();
  });

  it('takes a website out and adds it back from the subject’s filed websites', async () => {
    api();
    const { user } = renderApp(`/console/filings/${FILING_ID}/websites`);
    const docs = await screen.findByRole('region', { name: '浦江文档中心' });
    await user.click(within(docs).getByRole('button', { name: '不办理此网站' }));

    expect(screen.queryByRole('region', { name: '浦江文档中心' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '添加 浦江文档中心' }));
    expect(await screen.findByRole('region', { name: '浦江文档中心' })).toBeVisible();
    expect(screen.getByText('该主体的所有已备案网站都已在本订单中。')).toBeVisible();
  });
});

describe('a website principal of its own', () => {
  it('stays chosen after a reload, and the disabled "next" lists each missing field with a link to it', async () => {
    const sent = api();
    const first = renderApp(`/console/filings/${FILING_ID}/websites`);
    const card = await screen.findByRole('region', { name: '浦江示例官网' });
    await first.user.click(within(card).getByRole('checkbox', { name: '与主体负责人相同' }));
    await first.user.type(within(card).getByRole('textbox', { name: '姓名' }), '赵强');
    await waitFor(
      () =>
        expect((sent.to(`PUT ${FILING}/websites`).at(-1)?.body as UpdateWebsitesBody | undefined)?.websites[0]).toEqual(
          expect.objectContaining({ principal: expect.objectContaining({ sameAsSubject: false, name: '赵强' }) }),
        ),
      { timeout: 2000 },
    );
    first.unmount();

    // A reload shows what the server holds: the box unticked and the name as typed.
    const { user } = renderApp(`/console/filings/${FILING_ID}/websites`);
    const again = await screen.findByRole('region', { name: '浦江示例官网' });
    expect(within(again).getByRole('checkbox', { name: '与主体负责人相同' })).not.toBeChecked();
    expect(within(again).getByRole('textbox', { name: '姓名' })).toHaveValue('赵强');

    const next = screen.getByRole('button', { name: '下一步：上传材料' });
    expect(next).toBeDisabled();
    expect(next).toHaveAccessibleDescription(/完成以下事项后可进入下一步/);
    const link = screen.getByRole('link', { name: '浦江示例官网：填写“手机号码”' });
    expect(screen.getByRole('link', { name: '浦江示例官网：确认网站信息无误' })).toBeVisible();
    expect(screen.getByRole('link', { name: '浦江文档中心：确认网站信息无误' })).toBeVisible();
    await user.click(link);
    expect(within(again).getByRole('textbox', { name: '手机号码' })).toHaveFocus();
  });
});

describe('the cloud service chosen on the verify step', () => {
  it('is preselected for the verified website, an auth code for that website only', async () => {
    api({
      domain: 'pujiang-docs.net',
      verify: {
        ...filingDetail().verify,
        domain: 'pujiang-docs.net',
        domainAscii: 'pujiang-docs.net',
        cloudService: { kind: 'AUTH_CODE', code: 'DEMO-AUTH-0001' },
      },
    });
    renderApp(`/console/filings/${FILING_ID}/websites`);
    const docs = await screen.findByRole('region', { name: '浦江文档中心' });
    expect(within(docs).getByRole('radio', { name: '使用备案授权码' })).toBeChecked();
    expect(within(docs).getByRole('textbox', { name: '备案授权码' })).toHaveValue('DEMO-AUTH-0001');
    const home = screen.getByRole('region', { name: '浦江示例官网' });
    expect(within(home).getByRole('radio', { name: '使用备案授权码' })).not.toBeChecked();
  });
});
