// /legal/terms and /legal/privacy: the versioned terms of service and privacy notice the applicant accepts on
// submission, readable without signing in (the agreement's links open them in a new window).
import { AGREEMENT_VERSIONS } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../../components/ui/brand.tsx';
import { SkipLink } from '../../components/ui/skip-link.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { LocaleSwitcher } from '../auth/components/locale-switcher.tsx';

const SECTIONS = {
  terms: ['service', 'duties', 'timing', 'orders', 'liability', 'changes'],
  privacy: ['collect', 'use', 'share', 'security', 'retention', 'rights'],
} as const;

export type LegalDocument = keyof typeof SECTIONS;

export function LegalPage({ document: doc }: { document: LegalDocument }) {
  const { t } = useTranslation();
  const title = t(`legal.${doc}.title`);
  usePageTitle(title);
  const version = doc === 'terms' ? AGREEMENT_VERSIONS.terms : AGREEMENT_VERSIONS.privacy;
  const other =
    doc === 'terms'
      ? { to: '/legal/privacy', label: t('legal.otherPrivacy') }
      : { to: '/legal/terms', label: t('legal.otherTerms') };
  return (
    <div className="status-frame legal-frame">
      <SkipLink label={t('common.skipToContent')} />
      <header className="auth-page__top">
        <Link to="/" className="legal-frame__home">
          <Brand name={t('common.appName')} />
        </Link>
        <LocaleSwitcher />
      </header>
      <main id="main" className="legal-frame__main" tabIndex={-1}>
        <article className="legal">
          <h1 className="legal__title">{title}</h1>
          <p className="legal__version muted">{t('legal.version', { version })}</p>
          <p className="legal__intro">{t(`legal.${doc}.intro`)}</p>
          {SECTIONS[doc].map((key) => {
            // The typed t() cannot follow a key built from two unions at once; each part is checked above.
            const section = `legal.${doc}.sections.${key}` as 'legal.terms.sections.service';
            return (
              <section key={key} className="legal__section">
                <h2 className="legal__heading">{t(`${section}.title`)}</h2>
                {t(`${section}.body`)
                  .split('\n\n')
                  .map((paragraph) => (
                    <p key={paragraph}>{paragraph}</p>
                  ))}
              </section>
            );
          })}
          <nav className="legal__nav" aria-label={t('legal.nav')}>
            <Link to={other.to}>{other.label}</Link>
            <Link to="/">{t('legal.back')}</Link>
          </nav>
        </article>
      </main>
    </div>
  );
}
