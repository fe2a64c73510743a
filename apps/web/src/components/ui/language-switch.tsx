// Two toggle buttons, each language named in its own language and marked with its lang for screen readers.
import { LOCALES, type Locale } from '@beian/contracts';

type LanguageSwitchProps = {
  value: Locale;
  label: string;
  names: Record<Locale, string>;
  onChange: (locale: Locale) => void;
  tone?: 'light' | 'dark';
};

export function LanguageSwitch({ value, label, names, onChange, tone = 'light' }: LanguageSwitchProps) {
  return (
    <fieldset className={`language-switch language-switch--${tone}`}>
      <legend className="visually-hidden">{label}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={locale === value}
          onClick={() => locale !== value && onChange(locale)}
        >
          {names[locale]}
        </button>
      ))}
    </fieldset>
  );
}
