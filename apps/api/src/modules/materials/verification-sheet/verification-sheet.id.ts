// The sheet's own document id, written as the PDF's file identifier (the trailer's /ID): what lets an upload be
// recognised as the sheet the console generated, unsigned, rather than a scan or photo of it signed. PDF tools that save
// the file again keep the first identifier, and a scan or a photo has none of it.
import { createHash } from 'node:crypto';

// "BCVSHEET" (Beian Console verification sheet): its hex digits are all decimal, so a tool writing the identifier in
// upper or lower case writes the same characters.
const PREFIX = Buffer.from('BCVSHEET', 'latin1');

/** 16 bytes: the prefix, then 8 bytes of the order number's hash, so a filing's sheet renders to the same bytes. */
export function sheetDocumentId(orderNo: string): Buffer {
  const digest = createHash('sha256').update(`verification-sheet:${orderNo}`).digest();
  return Buffer.concat([PREFIX, digest.subarray(0, 8)]);
}

/** What any console sheet's bytes contain: the id's prefix as a hex string, or as a literal one. */
export const SHEET_ID_MARKERS: readonly Buffer[] = [Buffer.from(PREFIX.toString('hex'), 'latin1'), PREFIX];
