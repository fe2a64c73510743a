// The language switch wired to i18n; saving it to the account happens in useAccountLocaleSync.
import type { Locale } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/ui/language-switch.tsx';
import { changeLocale, currentLocale } from '../../../i18n/i18n.ts';

export function LocaleSwitcher({ tone }: { tone?: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const names: Record<Locale, string> = {
    'zh-CN': t('common.languageNames.zh-CN'),
    'en-US': t('common.languageNames.en-US'),
  };
  return (
    <LanguageSwitch
      value={currentLocale()}
      label={t('common.language')}
      names={names}
      tone={tone}
      onChange={(locale) => void changeLocale(locale)}
    />
  );
}
