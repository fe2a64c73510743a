// Material files made by the test itself, never real documents: a drawn card (JPEG or PNG, optionally a large
// phone-sized photo) and a one-page "signed" sheet (PDF), each marked as a specimen.
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

export type FilePayload = { name: string; mimeType: string; buffer: Buffer };

function cardSvg(width: number, height: number, label: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <rect x="4%" y="6%" width="92%" height="88%" rx="24" fill="#f4f7fb" stroke="#3b5b8c" stroke-width="6"/>
      <rect x="9%" y="20%" width="24%" height="48%" fill="#c9d4e5"/>
      <rect x="40%" y="24%" width="48%" height="5%" fill="#8fa3c0"/>
      <rect x="40%" y="38%" width="40%" height="5%" fill="#8fa3c0"/>
      <rect x="40%" y="52%" width="44%" height="5%" fill="#8fa3c0"/>
      <text x="50%" y="86%" font-size="${Math.round(height / 12)}" text-anchor="middle" fill="#b42318"
        font-family="sans-serif">SPECIMEN ${label}</text>
    </svg>`,
  );
}

/** A card-like test image; `noise` makes a phone-photo-sized JPEG that is several megabytes. */
export async function cardImage(
  name: string,
  format: 'jpeg' | 'png',
  options: { width?: number; height?: number; noise?: boolean } = {},
): Promise<FilePayload> {
  const { width = 1200, height = 760, noise = false } = options;
  const base = noise
    ? sharp({
        create: {
          width,
          height,
          channels: 3,
          background: '#e9eef5',
          noise: { type: 'gaussian', mean: 160, sigma: 90 },
        },
      })
    : sharp({ create: { width, height, channels: 3, background: '#e9eef5' } });
  const image = base.composite([{ input: cardSvg(width, height, name) }]);
  const buffer =
    format === 'jpeg'
      ? await image.jpeg(noise ? { quality: 100, chromaSubsampling: '4:4:4' } : { quality: 85 }).toBuffer()
      : await image.png().toBuffer();
  return { name: `${name}.${format === 'jpeg' ? 'jpg' : 'png'}`, mimeType: `image/${format}`, buffer };
}

/** A one-page A4 PDF standing in for the scanned, signed sheet. */
export async function signedSheetPdf(orderNo: string): Promise<FilePayload> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawText(`SPECIMEN - verification sheet ${orderNo}`, { x: 60, y: 760, size: 16, font });
  page.drawText('Signed: (test signature)', { x: 60, y: 120, size: 12, font, color: rgb(0.1, 0.2, 0.6) });
  return { name: 'signed-sheet.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await pdf.save()) };
}
