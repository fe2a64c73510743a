// Bordered tables on the sheet: cells wrap, a row never splits across pages, and a header row repeats on each page.
import { rgb } from 'pdf-lib';
import { ensureSpace, INK, PAGE, RULE, type Sheet, wrap } from './verification-sheet.layout.ts';

const SIZE = 10;
const LEADING = 14;
const PAD = 4;
const LABEL_FILL = rgb(0.94, 0.94, 0.94);

export interface TableSpec {
  readonly widths: readonly number[];
  /** Columns drawn on a grey ground, such as the labels of a key-value table. */
  readonly labelColumns?: readonly number[];
  /** A header row (grey), repeated at the top of every page the table runs onto. */
  readonly header?: readonly string[];
}

interface Row {
  readonly lines: readonly (readonly string[])[];
  readonly height: number;
}

function layoutRow(sheet: Sheet, spec: TableSpec, cells: readonly string[]): Row {
  const lines = spec.widths.map((width, i) => wrap(sheet.font, cells[i] ?? '', SIZE, width - 2 * PAD));
  return { lines, height: Math.max(...lines.map((l) => l.length)) * LEADING + 2 * PAD };
}

function drawRow(sheet: Sheet, spec: TableSpec, row: Row, header: boolean): void {
  let x = PAGE.margin;
  spec.widths.forEach((width, i) => {
    const grey = header || spec.labelColumns?.includes(i);
    const y = sheet.y - row.height;
    const color = grey ? LABEL_FILL : undefined;
    sheet.page.drawRectangle({ x, y, width, height: row.height, borderColor: RULE, borderWidth: 0.6, color });
    (row.lines[i] ?? []).forEach((line, n) => {
      const baseline = sheet.y - PAD - (n + 1) * LEADING + (LEADING - SIZE) / 2 + 1;
      sheet.page.drawText(line, { x: x + PAD, y: baseline, size: SIZE, font: sheet.font, color: INK });
    });
    x += width;
  });
  sheet.y -= row.height;
}

export function table(sheet: Sheet, spec: TableSpec, rows: readonly (readonly string[])[]): void {
  const header = spec.header && layoutRow(sheet, spec, spec.header);
  let headerDue = header !== undefined;
  for (const cells of rows) {
    const row = layoutRow(sheet, spec, cells);
    if (ensureSpace(sheet, row.height + (headerDue && header ? header.height : 0))) headerDue = header !== undefined;
    if (headerDue && header) drawRow(sheet, spec, header, true);
    headerDue = false;
    drawRow(sheet, spec, row, false);
  }
}
