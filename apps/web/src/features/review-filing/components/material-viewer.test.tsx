// The material viewer: zoom by button and by key (+ − 0, ignored while typing), rotation in 90° steps, and PDFs drawn
// by pdf.js into a canvas from bytes fetched with the session. pdf.js itself does not run under jsdom: its seam
// (lib/pdf/load-pdf.ts) is replaced here, and the browser tests draw a real sheet.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfDocument } from '../../../lib/pdf/load-pdf.ts';
import { fakeApi, problem } from '../../../test/fake-api.ts';
import { MaterialViewer } from './material-viewer.tsx';

const loadPdf = vi.hoisted(() => vi.fn<(bytes: ArrayBuffer) => Promise<PdfDocument>>());
vi.mock('../../../lib/pdf/load-pdf.ts', () => ({ loadPdf }));

const sheet = {
  id: 'a3f1c2d4-0000-4000-8000-000000000001',
  label: '网站备案信息真实性核验单',
  contentType: 'application/pdf',
  url: '/api/materials/a3f1c2d4-0000-4000-8000-000000000001/content',
};
const photo = {
  id: 'a3f1c2d4-0000-4000-8000-000000000002',
  label: '身份证人像面',
  contentType: 'image/jpeg',
  url: '/api/materials/a3f1c2d4-0000-4000-8000-000000000002/content',
};
const PDF_BYTES = [0x25, 0x50, 0x44, 0x46];

type Drawn = { page: number; canvas: HTMLCanvasElement; scale: number; rotation: number };

function fakePdf(pageCount: number) {
  const drawn: Drawn[] = [];
  const destroy = vi.fn();
  const doc: PdfDocument = {
    pageCount,
    renderPage: (page, canvas, { scale, rotation }) => {
      drawn.push({ page, canvas, scale, rotation });
      return { done: Promise.resolve(), cancel: () => {} };
    },
    destroy,
  };
  loadPdf.mockResolvedValue(doc);
  return { drawn, destroy };
}

const serveSheet = () =>
  fakeApi({
    [`GET ${sheet.url}`]: () =>
      new Response(new Uint8Array(PDF_BYTES), {
        headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="x.pdf"' },
      }),
  });

beforeEach(() => {
  loadPdf.mockReset();
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:sheet'), revokeObjectURL: vi.fn() });
});

describe('MaterialViewer zoom and rotation', () => {
  it('zooms by button and by + − 0, rotates in 90° steps, with every control labelled', async () => {
    const user = userEvent.setup();
    render(<MaterialViewer materials={[photo]} index={0} onIndex={() => {}} />);
    const zoom = screen.getByRole('status', { name: '缩放比例' });
    const image = screen.getByRole('img', { name: '身份证人像面' });
    expect(zoom).toHaveTextContent('100%');
    expect(screen.getByRole('button', { name: '原始大小' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '放大' }));
    expect(zoom).toHaveTextContent('125%');
    expect(image).toHaveStyle({ width: '125%' });
    await user.keyboard('++');
    expect(zoom).toHaveTextContent('200%');
    await user.keyboard('-');
    expect(zoom).toHaveTextContent('150%');
    await user.keyboard('0');
    expect(zoom).toHaveTextContent('100%');
    await user.click(screen.getByRole('button', { name: '缩小' }));
    await user.keyboard('-');
    expect(zoom).toHaveTextContent('50%');
    expect(screen.getByRole('button', { name: '缩小' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '放大' })).toHaveAttribute('aria-keyshortcuts', '+');

    const rotate = screen.getByRole('button', { name: '旋转 90°' });
    await user.click(rotate);
    expect(image).toHaveStyle({ transform: 'rotate(90deg)' });
    await user.click(rotate);
    await user.click(rotate);
    await user.click(rotate);
    expect(image).toHaveStyle({ transform: 'rotate(0deg)' });
  });

  it('leaves the keys to a text field being typed in', async () => {
    const user = userEvent.setup();
    render(
      <>
        <label>
          说明
          <input />
        </label>
        <MaterialViewer materials={[photo]} index={0} onIndex={() => {}} />
      </>,
    );
    await user.type(screen.getByLabelText('说明'), '+0-');
    expect(screen.getByLabelText('说明')).toHaveValue('+0-');
    expect(screen.getByRole('status', { name: '缩放比例' })).toHaveTextContent('100%');
  });
});

describe('MaterialViewer with a PDF', () => {
  it('draws the fetched bytes with pdf.js, page by page, at the zoom and turn chosen', async () => {
    const user = userEvent.setup();
    const api = serveSheet();
    const { drawn } = fakePdf(2);
    render(<MaterialViewer materials={[sheet]} index={0} onIndex={() => {}} />);
    expect(screen.getByText('正在载入 网站备案信息真实性核验单…')).toBeVisible();

    const canvas = await screen.findByRole('img', { name: '网站备案信息真实性核验单，第 1 页' });
    expect(canvas.tagName).toBe('CANVAS');
    expect(new Uint8Array(loadPdf.mock.calls[0]?.[0] ?? new ArrayBuffer(0))).toEqual(new Uint8Array(PDF_BYTES));
    expect(api.to(`GET ${sheet.url}`)[0]?.headers.get('accept')).toContain('application/pdf');
    // The page is drawn once its canvas is in the document.
    await waitFor(() => expect(drawn.at(-1)?.canvas).toBe(canvas));
    expect(drawn.at(-1)).toMatchObject({ page: 1, scale: 1, rotation: 0 });
    expect(screen.getByText('第 1 / 2 页')).toBeVisible();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByRole('img', { name: '网站备案信息真实性核验单，第 2 页' })).toBeVisible();
    await waitFor(() => expect(drawn.at(-1)).toMatchObject({ page: 2, scale: 1, rotation: 0 }));
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();

    await user.keyboard('+');
    await waitFor(() => expect(drawn.at(-1)).toMatchObject({ page: 2, scale: 1.25 }));
    await user.click(screen.getByRole('button', { name: '旋转 90°' }));
    await waitFor(() => expect(drawn.at(-1)).toMatchObject({ page: 2, scale: 1.25, rotation: 90 }));
    // The same bytes, opened in a tab of their own.
    expect(
      within(screen.getByRole('region', { name: '材料查看器' })).getByRole('link', {
        name: '在新标签页打开 网站备案信息真实性核验单',
      }),
    ).toHaveAttribute('href', 'blob:sheet');
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/pdf');
  });

  it('lets the document go when another material is shown', async () => {
    serveSheet();
    const { destroy } = fakePdf(1);
    const view = render(<MaterialViewer materials={[sheet, photo]} index={0} onIndex={() => {}} />);
    await screen.findByRole('img', { name: '网站备案信息真实性核验单，第 1 页' });
    view.rerender(<MaterialViewer materials={[sheet, photo]} index={1} onIndex={() => {}} />);
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:sheet');
  });

  it('says so when the file cannot be fetched or read as a PDF', async () => {
    fakeApi({ [`GET ${sheet.url}`]: () => problem(404, 'NOT_FOUND') });
    const first = render(<MaterialViewer materials={[sheet]} index={0} onIndex={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('网站备案信息真实性核验单 未能载入，请稍后重试。');
    expect(loadPdf).not.toHaveBeenCalled();
    first.unmount();

    serveSheet();
    loadPdf.mockRejectedValue(new Error('Invalid PDF structure'));
    render(<MaterialViewer materials={[sheet]} index={0} onIndex={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('网站备案信息真实性核验单 未能载入，请稍后重试。');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
