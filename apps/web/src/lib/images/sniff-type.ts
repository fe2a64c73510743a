// What a picked file is, told from its first bytes as the server does; a file's name and the browser's type can both
// be wrong. Shared by the materials step and the verification photo.

export type SniffedType = 'image/jpeg' | 'image/png' | 'application/pdf' | 'image/heic' | 'other';

/** Bytes read from the start of a file to decide its type. */
export const HEAD_BYTES = 64;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

export function sniffType(head: Uint8Array): SniffedType {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => head[i] === byte)) return 'image/png';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(head, 4, 8) === 'ftyp') {
    // The ISO box's major brand, then its compatible brands, up to the box's end.
    const boxEnd = Math.min(new DataView(head.buffer, head.byteOffset).getUint32(0), head.length);
    const brands = [ascii(head, 8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(head, at, at + 4));
    if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'image/heic';
  }
  return 'other';
}

/** The first bytes of a file or blob, enough for `sniffType`. */
export async function headOf(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
}
