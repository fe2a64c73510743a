// Several rejection reasons as a text, an email and the notification centre carry them. In Chinese, one sentence:
// joined by the list format, each reason's own full stop dropped, and the whole closed by one full stop. In English
// each reason is a sentence of its own (they start with a capital), closed by one full stop each.

/** The languages the console words things in (the same two as `LOCALES` in @beian/contracts). */
export type ListLocale = 'zh-CN' | 'en-US';

const FULL_STOP: Record<ListLocale, string> = { 'zh-CN': '。', 'en-US': '.' };
/** A full stop (or a semicolon) a reviewer ended a reason with: the list supplies its own. */
const OWN_STOP = /[\s。．.；;]+$/u;
/** A reason that ends by asking or exclaiming keeps its mark and needs no full stop after it. */
const OWN_END = /[？！?!]$/u;

/** `通信地址不详细、核验单未签字和证件已过有效期。` / `The address is incomplete. The sheet is not signed.` */
export function reasonList(reasons: readonly string[], locale: ListLocale): string {
  const clauses = reasons.map((reason) => reason.trim().replace(OWN_STOP, '')).filter((reason) => reason !== '');
  if (clauses.length === 0) return '';
  if (locale === 'en-US') return clauses.map((c) => (OWN_END.test(c) ? c : `${c}${FULL_STOP[locale]}`)).join(' ');
  const joined = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(clauses);
  return OWN_END.test(joined) ? joined : `${joined}${FULL_STOP[locale]}`;
}
