// A rejection reason in the reader's language. A reviewer picks a reason from the catalogue in the language of their
// own console and may edit its words. A pick left as the catalogue worded it is the catalogue's reason, so it reads in
// the language of whoever reads it: a Chinese text message, or an applicant whose console is in English, gets the
// catalogue's own words in that language. Words a reviewer wrote or edited read as written (nobody translates them).
import { SHEET_REQUIREMENTS } from '@beian/domain';
import { REVIEW_REASONS, type ReviewReasonEntry, SHEET_REASON_CODE, sheetReason } from './review-reasons.ts';

type Words = { message: string; suggestion?: string | undefined };
type Reason = Words & { code: string };

/** What a sheet may ask: the sheet's reason is worded from a subset of these. */
const SHEET_NEEDS = SHEET_REQUIREMENTS;

let sheetWordings: ReviewReasonEntry[] | undefined;

/** Every wording of the sheet's reason, one per subset of what a sheet may ask (32), worked out when first needed. */
function sheetReasons(): ReviewReasonEntry[] {
  sheetWordings ??= Array.from({ length: 1 << SHEET_NEEDS.length }, (_, bits) =>
    sheetReason(SHEET_NEEDS.filter((_need, i) => bits & (1 << i))),
  );
  return sheetWordings;
}

const entriesFor = (code: string): readonly ReviewReasonEntry[] =>
  code === SHEET_REASON_CODE ? sheetReasons() : REVIEW_REASONS.filter((entry) => entry.code === code);

/** `text` in `lang` when it is one of the entries' words for `part` in either language; otherwise `text` itself. */
function inLanguage(
  entries: readonly ReviewReasonEntry[],
  part: 'message' | 'suggestion',
  text: string,
  lang: 'zh' | 'en',
): string {
  const entry = entries.find(({ zh, en }) => zh[part] === text || en[part] === text);
  return entry ? entry[lang][part] : text;
}

/**
 * `reason` as a reader of `locale` (`zh-CN`, `en-US`, or any tag starting with either) reads it: its message and
 * suggestion in that language where they are the catalogue's words, as written otherwise.
 */
export function reasonWords<R extends Reason>(reason: R, locale: string): R {
  const lang = locale.startsWith('zh') ? 'zh' : 'en';
  const entries = entriesFor(reason.code);
  const message = inLanguage(entries, 'message', reason.message, lang);
  if (reason.suggestion === undefined) return { ...reason, message };
  return { ...reason, message, suggestion: inLanguage(entries, 'suggestion', reason.suggestion, lang) };
}
