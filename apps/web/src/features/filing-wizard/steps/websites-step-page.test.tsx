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

/** A server that counts a website complete when it is confirmed, has a cloud service and a principal. */
function api() {
  let filing = filingDetail({
    steps: { verify: true, subject: true, websites: false },
    subject: { ...filingDetail().subject, passwordVerified: true, mobileVerified: true, complete: true },
  });
  return fakeApi({
    'GET /api/auth/me': () => json(200, { account: account('APPLICANT') }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET ${FILING}`]: () => json(200, filing),
    [`GET ${FILING}/websites/detected`]: () => json(200, { websites: DETECTED }),
    [`PUT ${FILING}/websites`]: (request) => {
      const body = request.body as UpdateWebsitesBody;
      const websites: FilingDetail['websites'] = body.websites.map((entry) => {
        const registry = DETECTED.find((w) => w.websiteFilingNo === entry.websiteFilingNo) ?? DETECTED[0];
        return {
          ...(registry as (typeof DETECTED)[number]),
          confirmed: entry.confirmed,
          cloudService: entry.cloudService,
          cloudServiceChecks: [],
          principal: entry.principal?.sameAsSubject ? { sameAsSubject: true } : null,
          complete: entry.confirmed && entry.cloudService !== null && entry.principal !== null,
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
    const { user } = renderApp(`/console/filings/${FILING_ID}/websites`);

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

    await user.click(next);
    const done = await screen.findByRole('region', { name: /信息已保存。下一步：上传材料/ });
    expect(within(done).getByRole('link', { name: '上传材料' })).toHaveAttribute(
      'href',
      `/console/filings/${FILING_ID}/materials`,
    );
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
