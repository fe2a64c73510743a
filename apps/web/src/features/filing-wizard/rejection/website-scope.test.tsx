// The websites step of a rejected filing: the named website shows its reasons and stays editable; another is locked.
import { type FilingDetail, REVIEW_REASONS } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { account, fakeApi, json } from '../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../test/filing-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const FILING = `/api/filings/${FILING_ID}`;
const site = (no: string, name: string): FilingDetail['websites'][number] => ({
  websiteFilingNo: no,
  name,
  domains: ['pujiang-demo.com.cn'],
  homepageUrl: null,
  accessProviders: ['其他云服务商'],
  confirmed: true,
  cloudService: { kind: 'RESOURCE', resourceId: 'res-gz' },
  cloudServiceChecks: [],
  principal: { sameAsSubject: true },
  complete: true,
});
const websites = [site('沪ICP备2015012345号-1', '浦江示例官网'), site('沪ICP备2015012345号-2', '浦江文档中心')];
const rejected = filingDetail({
  status: 'INITIAL_REJECTED',
  websites,
  steps: { verify: true, subject: true, websites: true },
  rejection: {
    at: '2026-11-29T06:00:00.000Z',
    reasons: [{ field: 'websites.0.name', code: 'NAME', message: '网站名称不规范', suggestion: '请使用备案名称' }],
  },
});

describe('websites of a rejected filing', () => {
  it('shows the reasons on the named website and locks the other one', async () => {
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () => json(200, rejected),
      [`GET ${FILING}/websites/detected`]: () => json(200, { websites }),
    });
    renderApp(`/console/filings/${FILING_ID}/websites`);
    const named = await screen.findByRole('region', { name: '浦江示例官网' });
    expect(within(named).getByText('网站名称不规范 修改建议：请使用备案名称')).toBeVisible();
    expect(within(named).getByRole('button', { name: '不办理此网站' })).toBeEnabled();
    const other = screen.getByRole('region', { name: '浦江文档中心' });
    expect(within(other).getByText('此项无需修改')).toBeVisible();
    expect(within(other).getByRole('button', { name: '不办理此网站' })).toBeDisabled();
  });

  it('reads a catalogue reason picked in an English console in Chinese', async () => {
    const name = REVIEW_REASONS.find((r) => r.code === 'WEBSITE_NAME_NOT_ALLOWED');
    if (!name) throw new Error('no WEBSITE_NAME_NOT_ALLOWED in the catalogue');
    const picked = { field: 'websites.0.name', code: name.code, ...name.en };
    fakeApi({
      'GET /api/auth/session': () => json(200, { account: account('APPLICANT') }),
      'GET /api/resources': () => json(200, { resources: RESOURCES }),
      [`GET ${FILING}`]: () =>
        json(200, { ...rejected, rejection: { at: '2026-11-29T06:00:00.000Z', reasons: [picked] } }),
      [`GET ${FILING}/websites/detected`]: () => json(200, { websites }),
    });
    renderApp(`/console/filings/${FILING_ID}/websites`);
    const named = await screen.findByRole('region', { name: '浦江示例官网' });
    expect(within(named).getByText(`${name.zh.message} 修改建议：${name.zh.suggestion}`)).toBeVisible();
  });
});
