// The CJK font of the printed verification sheet: Noto Sans SC Regular (SIL Open Font License 1.1, from the
// @expo-google-fonts/noto-sans-sc package), subset into each PDF so that a sheet weighs tens of kilobytes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import * as fontkit from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

const FONT_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type PdfLibFont = ReturnType<PdfLibFontkit['create']>;

// pdf-lib 1.17 was written against fontkit 1, whose subsets stream their bytes through encodeStream(). fontkit 2
// (which, unlike @pdf-lib/fontkit, subsets CJK glyphs correctly) returns them from encode() instead, so each subset
// gets an encodeStream() that emits that one chunk.
const fontkitForPdfLib: PdfLibFontkit = {
  create(bytes) {
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!('createSubset' in font)) throw new RangeError('The sheet font is a collection, not a single font.');
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: () => Readable.from([subset.encode()]) });
      },
    }) as unknown as PdfLibFont; // the structural types of the two fontkit generations differ in unused members only
  },
};

/**
 * Reads the font file for each sheet; pdf-lib copies only the glyphs the sheet uses into it. The file is 10 MB and
 * sheets are printed rarely, so it is read again (from the page cache) rather than held by the process for good.
 */
export async function embedSheetFont(doc: PDFDocument): Promise<PDFFont> {
  const bytes = await readFile(createRequire(import.meta.url).resolve(FONT_FILE));
  doc.registerFontkit(fontkitForPdfLib);
  return doc.embedFont(bytes, { subset: true });
}
