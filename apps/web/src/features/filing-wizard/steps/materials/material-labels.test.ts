// Upload failures in words that say what to do, with the slot's own limit and types: refusals decided in the
// browser and the server's material error codes alike.

import { MATERIAL_KIND_SPECS } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/i18n.ts';
import { ApiError } from '../../../../lib/api-error.ts';
import { formatBytes } from '../../../../lib/images/format-bytes.ts';
import { UploadRefusal, uploadErrorText } from './material-labels.ts';

const problem = (status: number, code: string) =>
  new ApiError({ type: 'about:blank', title: 'Error', status, code, detail: `${code} from the server` });
const photo = MATERIAL_KIND_SPECS.HANDHELD_CERT_PHOTO;
const sheet = MATERIAL_KIND_SPECS.VERIFICATION_SHEET;

describe('uploadErrorText', () => {
  it('names the limit and the accepted types of the slot', () => {
    expect(uploadErrorText(problem(413, 'MATERIAL_TOO_LARGE'), sheet)).toBe('文件超过这项材料的上限 10 MB。');
    expect(uploadErrorText(problem(415, 'MATERIAL_TYPE_NOT_ALLOWED'), photo)).toBe(
      '这项材料只接受 JPG或PNG 文件；服务器按文件内容识别类型，与文件名无关。',
    );
    expect(uploadErrorText(new UploadRefusal('TOO_LARGE', 11.4 * 1024 * 1024), sheet)).toBe(
      '文件大小为 11.4 MB，超过这项材料的上限 10 MB。请降低扫描分辨率或压缩后重新上传。',
    );
  });

  it('says how to get a JPEG out of an iPhone, whether the browser or the server found the HEIC', () => {
    for (const error of [new UploadRefusal('HEIC', 1000), problem(415, 'MATERIAL_HEIC_NOT_SUPPORTED')]) {
      const text = uploadErrorText(error, photo);
      expect(text).toContain('设置 → 相机 → 格式');
      expect(text).toContain('兼容性最佳');
      expect(text).toContain('JPEG');
    }
  });

  it('words the other codes through errors.*, in the current language', async () => {
    expect(uploadErrorText(problem(422, 'MATERIAL_IMAGE_CORRUPT'), photo)).toBe(
      '图片已损坏或不完整，无法打开，请重新导出后上传。',
    );
    await i18n.changeLanguage('en-US');
    expect(uploadErrorText(problem(413, 'MATERIAL_TOO_LARGE'), photo)).toBe(
      'The file is over the 5 MB limit of this item.',
    );
    expect(uploadErrorText(problem(400, 'MATERIAL_PDF_CORRUPT'), sheet)).toBe(
      'The PDF is incomplete. Save it again and upload it.',
    );
  });
});

describe('formatBytes', () => {
  it('counts in binary megabytes and kilobytes, one decimal at most', () => {
    expect([5 * 1024 * 1024, 6_081_741, 1_992_294, 320 * 1024].map((b) => formatBytes(b, 'zh-CN'))).toEqual([
      '5 MB',
      '5.8 MB',
      '1.9 MB',
      '320 KB',
    ]);
  });
});
