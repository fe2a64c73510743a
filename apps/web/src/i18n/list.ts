// A plain list of names in the reader's language: "a.cn、b.cn、c.cn" in Chinese, "a.cn, b.cn, c.cn" in English. No
// code joins items with one language's separator; sentences that need "and" or "or" say so in their own messages.
import { i18n } from './i18n.ts';

const formats = new Map<string, Intl.ListFormat>();

export function listOf(items: readonly string[], language: string = i18n.language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
    formats.set(language, format);
  }
  return format.format(items);
}
