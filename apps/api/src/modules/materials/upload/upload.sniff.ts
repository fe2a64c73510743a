// Tells what a file is from its first bytes (magic numbers), whatever its name or the browser's header say.
// Hand-written rather than file-type: only JPEG, PNG and PDF are ever accepted, and those signatures are exact; the
// refused types are named only for the message, and the ones that matter most here (HTML, SVG) are text, which
// file-type does not detect at all.

/** Bytes read before deciding; a text file's markup may follow a BOM, whitespace and comments. */
export const SNIFF_BYTES = 4096;

export interface DetectedType {
  readonly mime: string;
  /** For messages: "a PNG image", "an HTML page". */
  readonly description: string;
}

const t = (mime: string, description: string): DetectedType => ({ mime, description });
const startsWith = (head: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, i) => head[offset + i] === byte);
const ascii = (head: Uint8Array, from: number, to: number) => Buffer.from(head.subarray(from, to)).toString('latin1');

// HEIF brands (HEIC photos from phones, and HEIF image sequences); AVIF is HEIF with AV1 inside.
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

function isoMedia(head: Uint8Array): DetectedType | undefined {
  if (ascii(head, 4, 8) !== 'ftyp') return undefined;
  const boxEnd = Math.min(Buffer.from(head).readUInt32BE(0), head.length);
  const brands = [ascii(head, 8, 12)];
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(head, at, at + 4));
  if (brands.some((b) => b === 'avif' || b === 'avis')) return t('image/avif', 'an AVIF image');
  if (brands.some((b) => HEIF_BRANDS.has(b))) return t('image/heic', 'a HEIC/HEIF photo');
  if (brands[0] === 'qt  ') return t('video/quicktime', 'a QuickTime video');
  return t('video/mp4', 'an MP4 file');
}

function markup(head: Uint8Array): DetectedType | undefined {
  const text = Buffer.from(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (!text.startsWith('<')) return undefined;
  if (/<svg[\s>]/.test(text)) return t('image/svg+xml', 'an SVG image');
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|script|iframe|meta|title)[\s>]/.test(text))
    return t('text/html', 'an HTML page');
  if (text.startsWith('<?xml')) return t('application/xml', 'an XML document');
  return t('text/html', 'an HTML page'); // browsers render markup-looking text as HTML, so it is treated as such
}

export function sniffContentType(head: Uint8Array): DetectedType {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return t('image/jpeg', 'a JPEG image');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return t('image/png', 'a PNG image');
  if (ascii(head, 0, 5) === '%PDF-') return t('application/pdf', 'a PDF document');
  if (/^GIF8[79]a$/.test(ascii(head, 0, 6))) return t('image/gif', 'a GIF image');
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return t('image/webp', 'a WebP image');
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') return t('image/tiff', 'a TIFF image');
  if (ascii(head, 0, 2) === 'BM' && [12, 40, 52, 56, 108, 124].includes(head[14] ?? 0))
    return t('image/bmp', 'a BMP image');
  if (ascii(head, 0, 4) === 'PK\x03\x04') return t('application/zip', 'a ZIP archive (or an Office document)');
  return isoMedia(head) ?? markup(head) ?? t('application/octet-stream', 'a file of unknown type');
}
