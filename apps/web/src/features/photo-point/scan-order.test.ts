// The scanner's decoder path on real QR pixels: the applicant's order QR code gives its number; other codes and
// empty frames give none; a refused camera is told apart from a missing one.
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { cameraProblem, type FramePixels, readOrderNo } from './scan-order.ts';

/** A camera frame showing a QR code of `value` (6 px per module, quiet zone, white background). */
function frameOf(value: string): FramePixels {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const scale = 6;
  const quiet = 4;
  const width = (modules.size + quiet * 2) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const i = (((row + quiet) * scale + dy) * width + (col + quiet) * scale + dx) * 4;
          data.set([0, 0, 0, 255], i);
        }
      }
    }
  }
  return { data, width, height: width };
}

describe('reading an order number from a frame', () => {
  it('reads the order number of the applicant’s QR code', () => {
    expect(readOrderNo(frameOf('BA2026120700042'))).toEqual({ kind: 'order', orderNo: 'BA2026120700042' });
  });

  it('tells another QR code apart from an order number', () => {
    expect(readOrderNo(frameOf('https://example.com/BA2026120700042'))).toEqual({ kind: 'other' });
  });

  it('finds nothing in a frame without a code', () => {
    const blank = new Uint8ClampedArray(120 * 120 * 4).fill(255);
    expect(readOrderNo({ data: blank, width: 120, height: 120 })).toEqual({ kind: 'none' });
  });
});

describe('a camera that cannot be used', () => {
  it('is refused permission, missing, or failing for another reason', () => {
    expect(cameraProblem(new DOMException('denied', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem(new DOMException('none', 'NotFoundError'))).toBe('noCamera');
    expect(cameraProblem(new Error('boom'))).toBe('failed');
  });
});
