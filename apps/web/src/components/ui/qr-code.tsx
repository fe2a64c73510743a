// A QR code drawn as inline SVG paths (no image request, no canvas), labelled for screen readers with what it holds.
import QRCode from 'qrcode';
import { useMemo } from 'react';

type QrCodeProps = { value: string; label: string; size?: number };

/** The dark modules as one SVG path, one unit per module, with the 4-module quiet zone the standard asks for. */
function modulePath(value: string): { path: string; side: number } {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return { path, side: modules.size + quiet * 2 };
}

export function QrCode({ value, label, size = 160 }: QrCodeProps) {
  const { path, side } = useMemo(() => modulePath(value), [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
