// CSV for spreadsheet users: written as UTF-8 with a byte-order mark (so spreadsheet software reads the Chinese
// correctly), CRLF line ends and RFC 4180 quoting; read back tolerant of the BOM, of either line end and of blank lines.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe (CSV injection). */
function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The header row then one row per record, each cell as text; null and undefined become empty cells. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]) {
  const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : defuse(String(cell)))));
  return BOM + stringify([[...header], ...cells], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}

/** Every row as an array of trimmed cells, the header row included; throws CsvError on malformed quoting. */
export function parseCsv(text: string): string[][] {
  return parse(text.startsWith(BOM) ? text.slice(1) : text, {
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  }) as string[][];
}
