// The viewer shows an uploaded PDF from a blob: URL of the bytes it fetched (the API serves uploads as sandboxed
// attachments, which a frame pointed at the API would download instead of showing).
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, problem } from '../../../test/fake-api.ts';
import { MaterialViewer } from './material-viewer.tsx';

const sheet = {
  id: 'a3f1c2d4-0000-4000-8000-000000000001',
  label: '网站备案信息真实性核验单',
  contentType: 'application/pdf',
  url: '/api/materials/a3f1c2d4-0000-4000-8000-000000000001/content',
};

beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:sheet'), revokeObjectURL: vi.fn() });
});

describe('MaterialViewer with a PDF', () => {
  it('frames the fetched bytes, typed as the PDF they were checked to be', async () => {
    const api = fakeApi({
      [`GET ${sheet.url}`]: () =>
        new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
          headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="x.pdf"' },
        }),
    });
    render(<MaterialViewer materials={[sheet]} index={0} onIndex={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('正在载入 网站备案信息真实性核验单…');
    const frame = await screen.findByTitle('网站备案信息真实性核验单');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', 'blob:sheet');
    expect(screen.getByRole('link', { name: '在新标签页打开 网站备案信息真实性核验单' })).toHaveAttribute(
      'href',
      'blob:sheet',
    );
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(api.to(`GET ${sheet.url}`)[0]?.headers.get('accept')).toContain('application/pdf');
  });

  it('says so when the file cannot be fetched', async () => {
    fakeApi({ [`GET ${sheet.url}`]: () => problem(404, 'NOT_FOUND') });
    render(<MaterialViewer materials={[sheet]} index={0} onIndex={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('网站备案信息真实性核验单 未能载入，请稍后重试。');
    expect(screen.queryByTitle('网站备案信息真实性核验单')).toBeNull();
  });
});
