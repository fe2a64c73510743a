// The review page for a filing in second review (复审): the new verification photo beside the hand-held-ID photo and
// the principal's ID images, how, where, by whom and when it was taken, the photo checklist, the decision in the
// second review's words, and a rejection that can only name the photo.
import type { ReviewFilingDetail, ReviewPhoto } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/fake-api.ts';
import { queueOf } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { catalogue, ID_FRONT_ID, REVIEW_ID, reviewDetail, reviewerOnFiling, SHEET_ID } from '../review-fixtures.ts';

const PAGE = `/review/filings/${REVIEW_ID}`;
const API = `/api/review/filings/${REVIEW_ID}`;
const PHOTO_ID = '5d2e1f0a-0000-4000-8000-0000000000aa';
const HANDHELD_ID = '9c8b7a6d-0000-4000-8000-000000000003';

function secondDetail(): ReviewFilingDetail {
  const base = reviewDetail();
  const idFront = base.materials.find((m) => m.id === ID_FRONT_ID);
  if (!idFront) throw new Error('The fixture has no ID image');
  return {
    ...base,
    filing: { ...base.filing, status: 'SECOND_REVIEW', version: 12 },
    materials: [
      ...base.materials,
      { ...idFront, id: HANDHELD_ID, kind: 'HANDHELD_CERT_PHOTO', contentUrl: `/api/materials/${HANDHELD_ID}/content` },
    ],
  };
}

const curtainPhoto: ReviewPhoto = {
  photo: {
    id: PHOTO_ID,
    method: 'CURTAIN',
    takenAt: '2026-12-07T02:30:00.000Z',
    photoPoint: null,
    operatorName: null,
    contentUrl: `/api/photos/${PHOTO_ID}/content`,
  },
};

const pointPhoto: ReviewPhoto = {
  photo: {
    id: PHOTO_ID,
    method: 'PHOTO_POINT',
    takenAt: '2026-12-07T02:30:00.000Z',
    photoPoint: { name: '浦东拍照点', city: '上海市', province: '31' },
    operatorName: '王操作',
    contentUrl: `/api/photos/${PHOTO_ID}/content`,
  },
};

const photoCatalogue = {
  reasons: [
    ...catalogue.reasons,
    {
      code: 'PHOTO_BACKGROUND_MISSING',
      field: 'photo',
      zh: { message: '核验照片中看不到幕布文字或拍照点背景。', suggestion: '请站在幕布前重新拍摄。' },
      en: { message: 'The curtain wording is not visible.', suggestion: 'Stand in front of the curtain.' },
    },
  ],
};

function secondReviewer(photo: ReviewPhoto = curtainPhoto, routes: Parameters<typeof reviewerOnFiling>[0] = {}) {
  return reviewerOnFiling({
    [`GET ${API}`]: () => json(200, secondDetail()),
    [`GET ${API}/photo`]: () => json(200, photo),
    'GET /api/review/reasons': () => json(200, photoCatalogue),
    ...routes,
  });
}

async function openPage() {
  const view = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: '复审：订单 BA2026112900007' });
  return view;
}

describe('the review page in second review', () => {
  it('shows the new photo beside the hand-held-ID photo and the ID image, with method, origin and time', async () => {
    secondReviewer();
    await openPage();

    const panel = screen.getByRole('region', { name: '核验照片' });
    const photo = await within(panel).findByRole('img', { name: '新提交的核验照片' });
    expect(photo).toHaveAttribute('src', `/api/photos/${PHOTO_ID}/content`);
    const compare = within(panel).getByRole('region', { name: '对照图片' });
    expect(
      within(compare)
        .getAllByRole('img')
        .map((img) => img.getAttribute('src')),
    ).toEqual([`/api/materials/${HANDHELD_ID}/content`, `/api/materials/${ID_FRONT_ID}/content`]);
    // The verification sheet is no face to compare with.
    expect(within(compare).queryByRole('img', { name: /核验单/ })).not.toBeInTheDocument();
    expect(panel).not.toHaveTextContent(SHEET_ID);

    const fact = (label: string) => within(panel).getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(fact('拍照方式')).toHaveTextContent('幕布自拍');
    expect(fact('拍摄地点与拍摄人')).toHaveTextContent('申请人使用邮寄的幕布自拍');
    expect(fact('提交时间（北京时间）')).toHaveTextContent('2026-12-07 10:30');
  });

  it('names the photo point, its city and the operator for a photo taken at a point', async () => {
    secondReviewer(pointPhoto);
    await openPage();
    const panel = screen.getByRole('region', { name: '核验照片' });
    const origin = await within(panel).findByText('拍摄地点与拍摄人', { selector: 'dt' });
    expect(origin.nextElementSibling).toHaveTextContent('上海市·浦东拍照点，操作员 王操作');
    expect(within(panel).getByText('拍照方式', { selector: 'dt' }).nextElementSibling).toHaveTextContent('拍照点拍照');
  });

  it('lists the photo checklist as boxes the reviewer ticks', async () => {
    secondReviewer();
    const { user } = await openPage();
    const checklist = await screen.findByRole('group', { name: '照片核对清单' });
    const boxes = within(checklist).getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('.checkbox')?.textContent)).toEqual([
      '照片中的人与负责人证件照片、手持证件照为同一人',
      '面部完整清晰，无帽子、口罩、墨镜或头发遮挡',
      '幕布文字或拍照点背景清晰可见',
      '照片未经镜像、裁剪、美颜或其他处理',
    ]);
    await user.click(within(checklist).getByLabelText('幕布文字或拍照点背景清晰可见'));
    expect(within(checklist).getByLabelText('幕布文字或拍照点背景清晰可见')).toBeChecked();
  });

  it('approves in the second review’s words', async () => {
    const api = secondReviewer(curtainPhoto, {
      [`POST ${API}/approve`]: () =>
        json(200, { id: REVIEW_ID, orderNo: 'BA2026112900007', status: 'BUREAU_SMS', version: 13 }),
    });
    const { user } = await openPage();

    await user.click(screen.getByRole('button', { name: '通过' }));
    const dialog = screen.getByRole('alertdialog', { name: '通过订单 BA2026112900007 的复审？' });
    expect(dialog).toHaveTextContent('通过后订单进入工信部短信核验');
    await user.click(within(dialog).getByRole('button', { name: '确认通过' }));

    expect(await screen.findByText('订单 BA2026112900007 已通过复审，等待工信部短信核验。')).toBeVisible();
    expect(api.to(`POST ${API}/approve`)[0]?.body).toEqual({ version: 12 });
  });

  it('rejects with reasons on the photo only: the photo’s catalogue and the photo as the one field', async () => {
    const api = secondReviewer(curtainPhoto, {
      [`POST ${API}/reject`]: () =>
        json(200, { id: REVIEW_ID, orderNo: 'BA2026112900007', status: 'PHOTO_REJECTED', version: 13 }),
    });
    const { user } = await openPage();

    await user.keyboard('r');
    const form = screen.getByRole('form', { name: '驳回理由' });
    expect(form).toHaveTextContent('复审只针对核验照片');
    const reasons = within(form).getByLabelText('常用理由');
    // The initial review's reasons are not offered here.
    expect(within(reasons).queryByRole('option', { name: '通信地址不详细。' })).not.toBeInTheDocument();
    const fields = within(form).getByLabelText('所涉字段或材料');
    expect(
      within(fields)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['请选择', '核验照片']);

    await user.selectOptions(reasons, 'PHOTO_BACKGROUND_MISSING');
    expect(fields).toHaveValue('photo');
    await user.click(within(form).getByRole('button', { name: '确认驳回' }));

    expect(
      await screen.findByText('订单 BA2026112900007 的核验照片已驳回，申请人会看到理由并重新拍照。'),
    ).toBeVisible();
    expect(api.to(`POST ${API}/reject`)[0]?.body).toEqual({
      version: 12,
      reasons: [
        {
          field: 'photo',
          code: 'PHOTO_BACKGROUND_MISSING',
          message: '核验照片中看不到幕布文字或拍照点背景。',
          suggestion: '请站在幕布前重新拍摄。',
        },
      ],
    });
  });

  it('goes back to the second review queue, and puts the filing back there', async () => {
    secondReviewer(curtainPhoto, { 'GET /api/review/queue': () => json(200, queueOf([])) });
    const { user } = await openPage();
    expect(screen.getByRole('link', { name: '返回复审队列' })).toHaveAttribute('href', '/review/second');

    await user.click(screen.getByRole('button', { name: '放回队列' }));
    await user.click(screen.getByRole('button', { name: '确认放回' }));
    // The queue page is a route of its own: allow it the time a busy test machine takes to render it.
    expect(await screen.findByRole('heading', { level: 1, name: '复审队列' }, { timeout: 5000 })).toBeVisible();
    expect(screen.getByText('订单 BA2026112900007 已放回队列。')).toBeVisible();
  });
});
