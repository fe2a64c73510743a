// Which language a person's own words are written in, told from their script, for the `lang` a passage needs when it
// differs from the page's (WCAG 3.1.2): a reviewer's reason in Chinese read in an English console, say. Only the
// console's two languages are told apart; text with neither script (a number, a mark) has no language of its own.
const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

export type WrittenLanguage = 'zh-CN' | 'en';

/**
 * Chinese when the text has at least twice as many Han characters as Latin words (a Chinese word is one to three
 * characters, so a Chinese sentence naming "ICP" or a domain stays Chinese, and an English one quoting 营业执照 stays
 * English); English when it has Latin words and fewer Han characters; nothing when it has neither.
 */
export function writtenIn(text: string): WrittenLanguage | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && latinWords === 0) return undefined;
  return han >= 2 * latinWords ? 'zh-CN' : 'en';
}

/** Whether two language tags name the same language (`en` and `en-US` do; `zh-CN` and `en-US` do not). */
export const sameLanguage = (a: string, b: string) => a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
