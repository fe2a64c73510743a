// A small top-to-bottom layout over pdf-lib for the A4 sheet: a cursor, wrapped CJK text and page breaks.
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

export const PAGE = { width: 595.28, height: 841.89, margin: 56, top: 64, bottom: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const INK = rgb(0.1, 0.1, 0.1);
export const GREY = rgb(0.42, 0.42, 0.42);
export const RULE = rgb(0.6, 0.6, 0.6);

export interface Sheet {
  readonly doc: PDFDocument;
  readonly font: PDFFont;
  page: PDFPage;
  /** The baseline region still free on the current page runs from `y` down to PAGE.bottom. */
  y: number;
}

export function startSheet(doc: PDFDocument, font: PDFFont): Sheet {
  return { doc, font, page: doc.addPage([PAGE.width, PAGE.height]), y: PAGE.height - PAGE.top };
}

/** Moves to a new page when the next block of `height` points would run into the footer; true when it did. */
export function ensureSpace(sheet: Sheet, height: number): boolean {
  if (sheet.y - height >= PAGE.bottom) return false;
  sheet.page = sheet.doc.addPage([PAGE.width, PAGE.height]);
  sheet.y = PAGE.height - PAGE.top;
  return true;
}

// Chinese breaks between any two characters; closing punctuation may not start a line, so it stays on the line
// before even if that line runs a little long.
const NO_LINE_START = new Set('，。、；：？！）》」』”’,.;:?!)]');

/** Splits text into lines no wider than `width`, keeping explicit line breaks. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const char of paragraph) {
      if (line !== '' && !NO_LINE_START.has(char) && font.widthOfTextAtSize(line + char, size) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
    lines.push(line);
  }
  return lines;
}

export interface TextStyle {
  readonly size: number;
  readonly color?: ReturnType<typeof rgb>;
  readonly indent?: number;
  readonly width?: number;
  readonly leading?: number;
}

/** Draws wrapped text at the cursor, breaking pages between lines, and moves the cursor below it. */
export function paragraph(sheet: Sheet, text: string, style: TextStyle): void {
  const indent = style.indent ?? 0;
  const leading = style.leading ?? style.size * 1.6;
  for (const line of wrap(sheet.font, text, style.size, style.width ?? CONTENT_WIDTH - indent)) {
    ensureSpace(sheet, leading);
    sheet.y -= leading;
    sheet.page.drawText(line, {
      x: PAGE.margin + indent,
      y: sheet.y + (leading - style.size) / 2,
      size: style.size,
      font: sheet.font,
      color: style.color ?? INK,
    });
  }
}

export function gap(sheet: Sheet, points: number): void {
  sheet.y -= points;
}
