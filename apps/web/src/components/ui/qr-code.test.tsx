import { render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code.tsx';

/** Rasterises the SVG's unit squares into RGBA pixels (8 px per module) and decodes them with a QR reader. */
function decode(svg: SVGSVGElement): string | null {
  const side = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const scale = 8;
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.set([0, 0, 0, 255], i);
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('QrCode', () => {
  it('draws a code that a reader decodes back to the value, labelled for screen readers', () => {
    render(<QrCode value="BA2026112900001" label="订单号二维码" />);
    const svg = screen.getByRole('img', { name: '订单号二维码' }) as unknown as SVGSVGElement;
    expect(decode(svg)).toBe('BA2026112900001');
  });
});
