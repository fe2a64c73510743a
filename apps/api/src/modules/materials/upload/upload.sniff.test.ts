import { describe, expect, it } from 'vitest';
import { heicHeader, html, pdf, photo, svg } from './upload.fixtures.ts';
import { sniffContentType } from './upload.sniff.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const ftyp = (major: string, ...compatible: string[]) => {
  const box = bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);
  return Buffer.concat([box, Buffer.alloc(64)]);
};

const [jpeg, png, aPdf] = await Promise.all([photo('jpeg', 8, 8), photo('png', 8, 8), pdf()]);

describe('sniffContentType', () => {
  it.each([
    ['JPEG', jpeg, 'image/jpeg'],
    ['PNG', png, 'image/png'],
    ['PDF', aPdf, 'application/pdf'],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['TIFF', bytes('II*', [0, 8, 0, 0, 0]), 'image/tiff'],
    ['BMP', bytes('BM', Array(12).fill(0), [40, 0, 0, 0]), 'image/bmp'],
    ['ZIP (an Office document)', bytes('PK', [3, 4, 20, 0]), 'application/zip'],
    ['HEIC from a phone', heicHeader(), 'image/heic'],
    ['HEIF by a compatible brand', ftyp('msf1', 'iso8', 'mif1'), 'image/heic'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'image/avif'],
    ['MP4', ftyp('isom', 'iso2', 'mp41'), 'video/mp4'],
    ['HTML', html, 'text/html'],
    ['HTML after a BOM, blank lines and a comment', Buffer.from('\uFEFF\n\n  <!-- x -->\n<html>'), 'text/html'],
    ['SVG with an XML prolog', svg, 'image/svg+xml'],
    ['bare SVG', Buffer.from('<svg viewBox="0 0 1 1"></svg>'), 'image/svg+xml'],
    ['XML', Buffer.from('<?xml version="1.0"?><note/>'), 'application/xml'],
    ['plain text', Buffer.from('just some text'), 'application/octet-stream'],
    ['nothing', Buffer.alloc(0), 'application/octet-stream'],
  ])('%s', (_name, head, mime) => {
    expect(sniffContentType(head).mime).toBe(mime);
  });

  it('reads PDF only from its first byte, as the upload rules say', () => {
    expect(sniffContentType(Buffer.from('junk%PDF-1.7')).mime).toBe('application/octet-stream');
  });
});
