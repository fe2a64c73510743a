// The order number as a QR code, drawn as vector squares so it prints sharp at any size; a reviewer or a
// photo-point operator scans it to open the order without typing.
import type { PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { INK } from './verification-sheet.layout.ts';

export function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      // A hair of overlap keeps viewers from showing seams between neighbouring squares.
      page.drawRectangle({
        x: x + col * cell,
        y: y + size - (row + 1) * cell,
        width: cell + 0.05,
        height: cell + 0.05,
        color: INK,
      });
    }
  }
}
