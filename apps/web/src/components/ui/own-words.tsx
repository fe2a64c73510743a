// Words a person or an outside system wrote (a reviewer's reason, the bureau's answer, an administrator's note, a
// text message), shown as written and marked with their language when it is not the page's, so a screen reader reads
// Chinese words in an English console with a Chinese voice (WCAG 3.1.2). Words in the page's language, or in neither
// script, get no mark.
import { useTranslation } from 'react-i18next';
import { sameLanguage, type WrittenLanguage, writtenIn } from '../../lib/written-in.ts';

/** The `lang` an element holding `text` needs: the text's language when it is not the page's, else none. */
export function useLangOf(): (text: string) => WrittenLanguage | undefined {
  const { i18n } = useTranslation();
  return (text) => {
    const lang = writtenIn(text);
    return lang && !sameLanguage(lang, i18n.language) ? lang : undefined;
  };
}

export function OwnWords({ text }: { text: string }) {
  const lang = useLangOf()(text);
  return lang ? <span lang={lang}>{text}</span> : text;
}
