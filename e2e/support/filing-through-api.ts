// Shortcuts for specs whose subject comes after the wizard: a demo case taken through verify, subject (filing
// password, SMS code from the simulator's outbox), websites and every required material through the applicant's API
// in the browser's own session, submitted, and approved in the initial review by the demo reviewer.
import { type Browser, expect, type Page } from '@playwright/test';
import { signIn } from './auth.ts';
import { cardImage, signedSheetPdf } from './material-files.ts';
import { type SessionApi, sessionApi } from './session-api.ts';
import { latestSmsCode } from './sms-outbox.ts';

/** A seeded demo case (docs/demo-data.md) and what the applicant types for it. */
export type DemoCase = {
  province: string;
  nature: 'PERSONAL' | 'ENTERPRISE';
  certType: string;
  certNumber: string;
  domain: string;
  /** The name of the demo cloud resource the filing is for. */
  resource: string;
  /** The filing password of the case's existing filing. */
  password: string;
  /** The principal on the registry record, confirmed on the subject step. */
  registryPrincipal: string;
  certificateAddress: string;
  mailingAddress: string;
  /** The subject's principal, also every website's. */
  principal: { name: string; certType: string; certNumber: string; email: string; emergencyPhone: string };
  /** A mobile no other spec uses, so the outbox's newest code for it is this test's. */
  mobile: { number: string; masked: string };
};

export type Filing = { id: string; version: number; orderNo: string };

/** Verify, subject (filing password, SMS code from the simulator), websites and every material, through the API. */
export async function draftWithMaterials(page: Page, baseURL: string, demo: DemoCase): Promise<Filing> {
  const api = await sessionApi(page.request);
  const { resources } = (await api.get('/api/resources')) as { resources: { id: string; name: string }[] };
  const resource = resources.find((r) => r.name === demo.resource);
  expect(resource, 'the new account has the demo resources').toBeTruthy();
  const verified = await api.send('post', '/api/filings/verify', {
    province: demo.province,
    nature: demo.nature,
    certType: demo.certType,
    certNumber: demo.certNumber,
    domain: demo.domain,
    cloudService: { kind: 'RESOURCE', resourceId: resource?.id },
  });
  let filing = verified.filing as Filing;
  const base = `/api/filings/${filing.id}`;
  filing = (await api.send('put', `${base}/subject`, {
    version: filing.version,
    subject: {
      originalPrincipalName: demo.registryPrincipal,
      certificateAddress: demo.certificateAddress,
      mailingAddress: demo.mailingAddress,
      principal: {
        name: demo.principal.name,
        certType: demo.principal.certType,
        certNumber: demo.principal.certNumber,
        mobile: demo.mobile.number,
        email: demo.principal.email,
        emergencyPhone: demo.principal.emergencyPhone,
      },
    },
  })) as Filing;
  await api.send('post', `${base}/subject/password`, { password: demo.password });
  const sentAt = new Date();
  await api.send('post', `${base}/sms-code`);
  const code = await latestSmsCode(baseURL, demo.mobile.masked, sentAt);
  filing = (await api.send('post', `${base}/sms-code/verify`, { code })) as Filing;

  const { websites } = (await api.get(`${base}/websites/detected`)) as { websites: { websiteFilingNo: string }[] };
  filing = (await api.send('put', `${base}/websites`, {
    version: filing.version,
    websites: websites.map((w) => ({
      websiteFilingNo: w.websiteFilingNo,
      confirmed: true,
      cloudService: { kind: 'RESOURCE', resourceId: resource?.id },
      principal: { sameAsSubject: true },
    })),
  })) as Filing;

  await uploadRequiredMaterials(page, filing);
  return filing;
}

/** Uploads every required material of the filing (drawn card images, the signed sheet as PDF) through the API. */
export async function uploadRequiredMaterials(page: Page, filing: Pick<Filing, 'id' | 'orderNo'>): Promise<void> {
  const api = await sessionApi(page.request);
  const base = `/api/filings/${filing.id}`;
  const { items } = (await api.get(`${base}/materials`)) as {
    items: { kind: string; required: boolean; websiteFilingNo?: string | null; category?: string | null }[];
  };
  const jpeg = await cardImage('material', 'jpeg');
  const pdf = await signedSheetPdf(filing.orderNo);
  for (const item of items.filter((i) => i.required)) {
    const response = await page.request.post(`${base}/materials`, {
      headers: api.headers,
      multipart: {
        kind: item.kind,
        ...(item.websiteFilingNo ? { websiteFilingNo: item.websiteFilingNo } : {}),
        ...(item.category ? { category: item.category } : {}),
        file: item.kind === 'VERIFICATION_SHEET' ? pdf : jpeg,
      },
    });
    expect(response.status(), `${item.kind}: ${await response.text()}`).toBe(201);
  }
}

/** Submits a complete draft through the applicant's API, with the agreement accepted. */
export async function submitThroughApi(page: Page, filing: Filing): Promise<Filing> {
  const api = await sessionApi(page.request);
  const base = `/api/filings/${filing.id}`;
  const current = (await api.get(base)) as { version: number };
  const submitted = (await api.send('post', `${base}/submit`, {
    version: current.version,
    agreement: { termsVersion: '2026-11', privacyVersion: '2026-11', accepted: true },
  })) as { version: number };
  return { ...filing, version: submitted.version };
}

/** Submits as the applicant would, on the review step the page is on, with the agreement ticked. */
export async function submitOnReviewStep(page: Page, button = '提交初审'): Promise<void> {
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByText('当前状态：初审中')).toBeVisible();
}

/**
 * In a reviewer's session, claims the province's next filing from the initial queue (the province filter keeps
 * another spec's filing from being taken), checks it is this test's, and approves it.
 */
export async function claimAndApproveInitial(api: SessionApi, province: string, filing: Filing): Promise<void> {
  const claimed = (await api.send('post', '/api/review/claim-next', { stage: 'INITIAL', province })) as {
    filing: Filing | null;
  };
  expect(claimed.filing, 'the claimed filing is the one this test submitted').toMatchObject({
    id: filing.id,
    orderNo: filing.orderNo,
  });
  await api.send('post', `/api/review/filings/${filing.id}/approve`, { version: claimed.filing?.version });
}

/** The demo reviewer's own signed-in browser: claims the province's filing in the initial review and approves it. */
export async function reviewerApprovesInitial(browser: Browser, province: string, filing: Filing): Promise<void> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, 'reviewer@demo.beian.test');
  await expect(page).toHaveURL(/\/review$/);
  await claimAndApproveInitial(await sessionApi(page.request), province, filing);
  await context.close();
}
