import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FramingGuide } from './framing-guide.tsx';
import { PhotoCapture } from './photo-capture.tsx';
import type { PhotoCodec } from './prepare-photo.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const fileOf = (head: number[], size: number, name: string) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return new File([bytes], name);
};

const codec: PhotoCodec = {
  decode: async () => ({ width: 1200, height: 900, close: () => undefined }),
  decodeHeic: async () => ({ width: 1200, height: 900, close: () => undefined }),
  encodeJpeg: async () => fileOf(JPEG, 1_258_291, 'x.jpg'),
};

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('PhotoCapture', () => {
  it('converts a PNG and says so with the sizes before and after, then hands over the JPEG', async () => {
    const onChange = vi.fn();
    render(<PhotoCapture label="核验照片" onChange={onChange} codec={codec} />);
    expect(screen.getByRole('group', { name: '核验照片' })).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('选择照片'), fileOf(PNG, 5_452_595, 'me.png'));
    expect(await screen.findByText('已转换为 JPEG 并压缩：5.2 MB → 1.2 MB。')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '待上传的核验照片预览' })).toHaveAttribute('src', 'blob:preview');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ converted: true, bytes: 1_258_291 }));
    expect(screen.getByLabelText('重新选择')).toBeInTheDocument();
  });

  it('keeps a JPEG within the limit as it is', async () => {
    const onChange = vi.fn();
    render(<PhotoCapture label="核验照片" onChange={onChange} codec={codec} />);
    await userEvent.upload(screen.getByLabelText('选择照片'), fileOf(JPEG, 800 * 1024, 'me.jpg'));
    expect(await screen.findByText('照片为 JPEG 格式，大小 800 KB，符合要求。')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ converted: false }));
  });

  it('refuses a file that is not a photo, in words, and hands over nothing', async () => {
    const onChange = vi.fn();
    render(<PhotoCapture label="核验照片" onChange={onChange} codec={codec} />);
    await userEvent.upload(screen.getByLabelText('选择照片'), fileOf([0x25, 0x50, 0x44, 0x46], 2000, 'a.jpg'));
    expect(await screen.findByRole('alert')).toHaveTextContent('所选文件不是照片');
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ blob: expect.anything() }));
  });

  it('offers the camera first when asked, with the capture hint for the phone', () => {
    render(<PhotoCapture label="核验照片" camera="user" onChange={() => undefined} codec={codec} />);
    expect(screen.getByLabelText('拍照')).toHaveAttribute('capture', 'user');
    expect(screen.getByLabelText('从相册或文件中选择')).not.toHaveAttribute('capture');
  });
});

describe('FramingGuide', () => {
  it('names the curtain rule and the common rules beside a sample picture', () => {
    render(<FramingGuide method="CURTAIN" />);
    expect(screen.getByRole('img', { name: /示例照片/ })).toBeInTheDocument();
    const rules = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rules[0]).toContain('幕布');
    expect(rules).toHaveLength(6);
    expect(rules.join('')).toContain('镜像');
  });
});
