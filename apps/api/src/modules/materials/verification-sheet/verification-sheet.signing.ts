// The signing part of the sheet, per the province's rules: the instructions, Guangdong's pledge to copy by hand on
// ruled lines, the signatures with fingerprint boxes where asked, and an organisation's seal with the date blank.
import type { SheetRequirement } from '@beian/domain';
import {
  CONTENT_WIDTH,
  ensureSpace,
  GREY,
  gap,
  INK,
  PAGE,
  paragraph,
  RULE,
  type Sheet,
} from './verification-sheet.layout.ts';
import { LABEL, NOTHING_ELSE, REQUIREMENT_TEXT } from './verification-sheet.text.ts';

const LINE_SPACING = 24;
// About 28 handwritten characters fit on a ruled line across the page.
const HANDWRITTEN_CHARS_PER_LINE = 28;

export function instructions(sheet: Sheet, needs: readonly SheetRequirement[], pledge: string | undefined): void {
  const lines = [...needs.map((need) => REQUIREMENT_TEXT[need]), NOTHING_ELSE];
  for (const [i, line] of lines.entries())
    paragraph(sheet, `${i + 1}. ${line}`, { size: 10, color: GREY, leading: 15 });
  if (pledge === undefined) return;
  gap(sheet, 4);
  paragraph(sheet, pledge, { size: 10.5, indent: 12, leading: 16 });
  ruledLines(sheet, Math.ceil(pledge.length / HANDWRITTEN_CHARS_PER_LINE));
}

function ruledLines(sheet: Sheet, count: number): void {
  for (let i = 0; i < count; i++) {
    ensureSpace(sheet, LINE_SPACING);
    sheet.y -= LINE_SPACING;
    const start = { x: PAGE.margin, y: sheet.y };
    sheet.page.drawLine({ start, end: { x: PAGE.margin + CONTENT_WIDTH, y: sheet.y }, thickness: 0.5, color: RULE });
  }
}

function label(sheet: Sheet, text: string, x: number, y: number, size = 10.5): void {
  sheet.page.drawText(text, { x, y, size, font: sheet.font, color: INK });
}

function box(sheet: Sheet, x: number, y: number, width: number, height: number, caption: string): void {
  sheet.page.drawRectangle({ x, y, width, height, borderColor: RULE, borderWidth: 0.8, borderDashArray: [3, 2] });
  const captionWidth = sheet.font.widthOfTextAtSize(caption, 9);
  sheet.page.drawText(caption, { x: x + (width - captionWidth) / 2, y: y + 4, size: 9, font: sheet.font, color: GREY });
}

const SIGNATURE_ROW = 62;
const FINGERPRINT = 52;
const SEAL = 112;
const DATE_ROW = 30;

function signatureRow(sheet: Sheet, name: string, fingerprint: boolean): void {
  const baseline = sheet.y - SIGNATURE_ROW + 22;
  const caption = `${LABEL.signature}：`;
  label(sheet, caption, PAGE.margin, baseline);
  const start = PAGE.margin + sheet.font.widthOfTextAtSize(caption, 10.5) + 4;
  const end = start + 160;
  sheet.page.drawLine({
    start: { x: start, y: baseline - 3 },
    end: { x: end, y: baseline - 3 },
    thickness: 0.6,
    color: INK,
  });
  sheet.page.drawText(`（${name}）`, { x: start, y: baseline - 16, size: 9, font: sheet.font, color: GREY });
  if (fingerprint) box(sheet, end + 14, baseline - 14, FINGERPRINT, FINGERPRINT, LABEL.fingerprint);
  sheet.y -= SIGNATURE_ROW;
}

/**
 * One signature line per distinct website principal, with a fingerprint box beside it where the province asks for
 * one; for an organisation, the seal box on the right of the signatures and the date, which stays blank (the
 * provider dates the sheet on submission).
 */
export function signingBlock(
  sheet: Sheet,
  principals: readonly string[],
  fingerprint: boolean,
  organisation: boolean,
): void {
  const height = Math.max(principals.length * SIGNATURE_ROW, organisation ? SEAL : 0) + (organisation ? DATE_ROW : 0);
  // Kept together on one page unless it could never fit (dozens of principals), then it flows row by row.
  ensureSpace(sheet, Math.min(height, PAGE.height - PAGE.top - PAGE.bottom));
  const [top, page] = [sheet.y, sheet.page];
  if (organisation) box(sheet, PAGE.margin + CONTENT_WIDTH - SEAL, top - SEAL, SEAL, SEAL, LABEL.seal);
  for (const name of principals) {
    ensureSpace(sheet, SIGNATURE_ROW);
    signatureRow(sheet, name, fingerprint);
  }
  if (!organisation) return;
  // The date goes below the seal box when the signatures are shorter than it.
  if (sheet.page === page) sheet.y = Math.min(sheet.y, top - SEAL);
  ensureSpace(sheet, DATE_ROW);
  sheet.y -= DATE_ROW;
  label(sheet, `${LABEL.date}：`, PAGE.margin, sheet.y + 8);
}
