// Step 4 once the photo is in: in second review (the photo, how and when, and when the review ends), rejected (the
// reasons on the photo, the rejected photo, and the methods again for the retake), and past the second review (the
// approved photo and the wait for the MIIT SMS check).
import { type FilingDetail, type PhotoStep, type PhotoView, REVIEW_REASONS } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { account, fakeApi, json } from '../../../../../test/fake-api.ts';
import { FILING_ID, filingDetail, RESOURCES } from '../../../../../test/filing-fixtures.ts';
import { METHODS_OUTSIDE_SHANGHAI, photoStepFixture } from '../../../../../test/photo-step-fixtures.ts';
import { renderApp } from '../../../../../test/render-app.tsx';

const PAGE = `/console/filings/${FILING_ID}/photo`;
const PHOTO_ID = '5d2e1f0a-0000-4000-8000-0000000000bb';

const curtain: PhotoView = {
  id: PHOTO_ID,
  method: 'CURTAIN',
  takenAt: '2026-12-07T02:30:00.000Z',
  photoPoint: null,
  operatorName: null,
  contentUrl: `/api/photos/${PHOTO_ID}/content`,
};

const photoStep = (overrides: Partial<PhotoStep>) =>
  photoStepFixture({
    orderNo: 'BA2026120700003',
    status: 'SECOND_REVIEW',
    version: 11,
    province: '44',
    approvedAt: '2026-12-04T03:00:00.000Z',
    methods: METHODS_OUTSIDE_SHANGHAI,
    photo: curtain,
    ...overrides,
  });

function applicantAt(step: PhotoStep, nextAction: FilingDetail['nextAction'], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const filing = filingDetail({
    status: step.status,
    nextAction,
    version: step.version,
    steps: { verify: true, subject: true, websites: true },
  });
  return fakeApi({
    'GET /api/auth/session': () => json(200, { account: account('APPLICANT', { locale }) }),
    'GET /api/resources': () => json(200, { resources: RESOURCES }),
    [`GET /api/filings/${FILING_ID}`]: () => json(200, filing),
    [`GET /api/filings/${FILING_ID}/photo`]: () => json(200, step),
  });
}

const fact = (record: HTMLElement, label: string) =>
  within(record).getByText(label, { selector: 'dt' }).nextElementSibling;

// Monday 7 December 2026, 10:40 in Beijing: the due date below is in the current year, so it is named without one.
beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2026-12-07T02:40:00.000Z') }));
afterEach(() => vi.useRealTimers());

describe('the photo step once the photo is in', () => {
  it('in second review: the photo, its method, origin and time, and when the review ends', async () => {
    applicantAt(photoStep({ secondReviewDueAt: '2026-12-08T16:00:00.000Z' }), 'WAIT_FOR_REVIEW');
    renderApp(PAGE);

    const notice = await screen.findByText('核验照片已提交，正在复审');
    expect(notice.closest('.alert')).toHaveTextContent('复审将在 2026-12-08 24:00（北京时间）前完成');
    const record = screen.getByRole('region', { name: '已提交的核验照片' });
    expect(within(record).getByRole('img', { name: '核验照片（幕布自拍）' })).toHaveAttribute(
      'src',
      `/api/photos/${PHOTO_ID}/content`,
    );
    expect(fact(record, '拍照方式')).toHaveTextContent('幕布自拍');
    expect(fact(record, '拍摄地点与拍摄人')).toHaveTextContent('申请人使用邮寄的幕布自拍');
    expect(fact(record, '提交时间（北京时间）')).toHaveTextContent('2026-12-07 10:30');
    // The head no longer repeats where the photo stands, and no method offers a new photo.
    expect(screen.queryByText('核验照片已提交，正在复审，复审在 1 个工作日内完成。')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '拍照方式' })).not.toBeInTheDocument();
  });

  it('names the photo point, its city and the operator, in English too', async () => {
    applicantAt(
      photoStep({
        photo: {
          ...curtain,
          method: 'PHOTO_POINT',
          photoPoint: { name: 'Tianhe photo point', city: 'Guangzhou', province: '44' },
          operatorName: 'Wang Li',
        },
      }),
      'WAIT_FOR_REVIEW',
      'en-US',
    );
    renderApp(PAGE);

    const record = await screen.findByRole('region', { name: 'The verification photo you submitted' });
    expect(fact(record, 'Method')).toHaveTextContent('Photo point');
    expect(fact(record, 'Where and by whom')).toHaveTextContent('Tianhe photo point, Guangzhou; operator Wang Li');
    expect(screen.getByText('Verification photo submitted: in second review').closest('.alert')).toHaveTextContent(
      'usually takes up to 1 working day',
    );
  });

  it('rejected: the reasons on the photo, the rejected photo, and every open method again for the retake', async () => {
    applicantAt(
      photoStep({
        status: 'PHOTO_REJECTED',
        rejection: {
          at: '2026-12-07T06:00:00.000Z',
          reasons: [
            {
              field: 'photo',
              code: 'PHOTO_BACKGROUND_MISSING',
              message: '核验照片中看不到幕布文字或拍照点背景。',
              suggestion: '请站在幕布前重新拍摄。',
            },
          ],
        },
      }),
      'TAKE_PHOTO',
    );
    renderApp(PAGE);

    const rejected = await screen.findByRole('region', { name: '核验照片未通过复审' });
    expect(rejected).toHaveTextContent('请按以下原因重新拍照');
    expect(rejected).toHaveTextContent('2026-12-07 14:00（北京时间）驳回');
    const reasons = within(rejected).getAllByRole('listitem');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toHaveTextContent('核验照片中看不到幕布文字或拍照点背景。');
    expect(reasons[0]).toHaveTextContent('请站在幕布前重新拍摄。');
    expect(screen.getByRole('region', { name: '被驳回的照片' })).toBeVisible();

    // The methods below offer the retake: the ones open to this filing, and the order number to bring.
    expect(screen.getByRole('heading', { level: 2, name: '拍照方式' })).toBeVisible();
    expect(screen.getByRole('region', { name: '拍照点拍照' })).toHaveTextContent('可使用');
    expect(screen.getByRole('region', { name: '幕布邮寄' })).toHaveTextContent('可使用');
    expect(screen.getByRole('button', { name: /复制订单号/ })).toBeVisible();
  });

  it('rejected, in English: a catalogue reason in English, a reviewer’s own words as written', async () => {
    const notSame = REVIEW_REASONS.find((r) => r.code === 'PHOTO_NOT_SAME_PERSON');
    if (!notSame) throw new Error('no PHOTO_NOT_SAME_PERSON in the catalogue');
    const own = { field: 'photo', code: 'OTHER', message: '照片中有第二个人。' };
    applicantAt(
      photoStep({
        status: 'PHOTO_REJECTED',
        rejection: {
          at: '2026-12-07T06:00:00.000Z',
          reasons: [{ field: 'photo', code: notSame.code, ...notSame.zh }, own],
        },
      }),
      'TAKE_PHOTO',
      'en-US',
    );
    renderApp(PAGE);

    const rejected = await screen.findByRole('region', {
      name: 'The verification photo did not pass the second review',
    });
    const reasons = within(rejected).getAllByRole('listitem');
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toHaveTextContent(`${notSame.en.message} Suggestion: ${notSame.en.suggestion}`);
    expect(rejected).not.toHaveTextContent(notSame.zh.message);
    expect(reasons[1]).toHaveTextContent(own.message);
  });

  it('past the second review: the approved photo and the wait for the MIIT SMS check', async () => {
    applicantAt(photoStep({ status: 'BUREAU_SMS' }), 'CONFIRM_MIIT_SMS');
    renderApp(PAGE);

    const notice = await screen.findByText('核验照片已通过复审');
    expect(notice.closest('.alert')).toHaveTextContent('订单正在等待工信部短信核验');
    expect(screen.getByRole('region', { name: '已通过复审的核验照片' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: '拍照方式' })).not.toBeInTheDocument();
    expect(screen.queryByText('核验照片已提交，正在复审')).not.toBeInTheDocument();
  });
});
