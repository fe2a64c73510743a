// Reading the courier's tracking numbers back from a CSV: the exported batch with a 运单号 column added, or a file
// of just the reference and the number. Header names are matched leniently (case, spaces and punctuation aside);
// a file without a recognisable header but with two columns is read as reference, number.
import { CsvError } from 'csv-parse/sync';
import { AppError } from '../../lib/app-error.ts';
import { parseCsv } from '../../lib/csv.ts';

const REFERENCE_HEADERS = [
  '用户订单号',
  '客户订单号',
  '订单号',
  '参考号',
  'reference',
  'ref',
  'id',
  'requestid',
  'orderno',
];
const TRACKING_HEADERS = [
  '运单号',
  '快递单号',
  '顺丰单号',
  '运单编号',
  'trackingno',
  'trackingnumber',
  'tracking',
  'waybillno',
  'waybill',
];

const normalise = (header: string) => header.toLowerCase().replace(/[\s_\-./()（）:：]/g, '');

/** A cell as typed, without the apostrophe the export puts before a formula-like cell. */
const cell = (value: string | undefined) => (value ?? '').replace(/^'/, '').trim();

export type ImportRow = { row: number; reference: string; trackingNo: string };

function columnOf(header: readonly string[], names: readonly string[]): number {
  const normalised = header.map(normalise);
  const exact = normalised.findIndex((h) => names.includes(h));
  if (exact >= 0) return exact;
  return normalised.findIndex((h) => names.some((name) => h.includes(name)));
}

/** The rows with their number in the file (the header is row 1), or a 400 when the file cannot be read. */
export function readTrackingCsv(text: string): ImportRow[] {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) {
      throw new AppError('VALIDATION_FAILED', 400, `The file is not readable CSV: ${error.message}`, {
        errors: [{ path: 'csv', message: error.message }],
      });
    }
    throw error;
  }
  const [header = [], ...body] = rows;
  // The tracking column first: 运单号 must not be taken for the order number's column by a loose match.
  const tracking = columnOf(header, TRACKING_HEADERS);
  const reference = columnOf(
    header.map((h, i) => (i === tracking ? '' : h)),
    REFERENCE_HEADERS,
  );
  if (tracking >= 0 && reference >= 0) {
    return body.map((cells, i) => ({
      row: i + 2,
      reference: cell(cells[reference]),
      trackingNo: cell(cells[tracking]),
    }));
  }
  if (header.length === 2 && tracking < 0 && reference < 0) {
    return rows.map((cells, i) => ({ row: i + 1, reference: cell(cells[0]), trackingNo: cell(cells[1]) }));
  }
  const detail =
    'The file needs a reference column (用户订单号, our request id; or 订单号) and a tracking number column (运单号), or just those two columns.';
  throw new AppError('VALIDATION_FAILED', 400, detail, { errors: [{ path: 'csv', message: detail }] });
}
