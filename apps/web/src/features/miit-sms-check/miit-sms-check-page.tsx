// /miit/sms-check (工信部短信核验): the console's simulation of MIIT's own verification page, public and outside the
// console, mobile first. A verifier types the mobile that got MIIT's text, the code and their certificate ending;
// MIIT finds the submission by the mobile. The route exists only while the simulators run.
import type { MiitSmsCheckResult } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SkipLink } from '../../components/ui/skip-link.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { LocaleSwitcher } from '../auth/components/locale-switcher.tsx';
import { SmsCheckForm } from './components/sms-check-form.tsx';
import { SmsCheckOutcome } from './components/sms-check-outcome.tsx';
import './miit-sms-check.css';

export function MiitSmsCheckPage() {
  const { t } = useTranslation();
  usePageTitle(t('miitSmsCheck.title'));
  const [result, setResult] = useState<MiitSmsCheckResult | null>(null);
  return (
    <div className="miit-page">
      <SkipLink label={t('common.skipToContent')} />
      <header className="miit-page__gov">
        <div className="miit-page__gov-inner">
          <svg className="miit-page__emblem" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="11" fill="currentColor" />
            <path d="m12 5 1.9 4.6 5 .4-3.8 3.2 1.2 4.8L12 15.4 7.7 18l1.2-4.8L5.1 10l5-.4L12 5Z" fill="#ffd54f" />
          </svg>
          <div className="miit-page__names">
            <p className="miit-page__ministry">{t('miitSmsCheck.ministry')}</p>
            <p className="miit-page__system">{t('miitSmsCheck.system')}</p>
          </div>
          <LocaleSwitcher tone="dark" />
        </div>
      </header>
      <main id="main" className="miit-page__main" tabIndex={-1}>
        <h1 className="miit-page__title">{t('miitSmsCheck.title')}</h1>
        <p className="miit-page__simulation">{t('miitSmsCheck.simulation')}</p>
        <p className="miit-page__intro">{t('miitSmsCheck.intro')}</p>
        {result ? (
          <div className="miit-page__outcome">
            <SmsCheckOutcome result={result} />
          </div>
        ) : null}
        <SmsCheckForm onResult={setResult} />
      </main>
    </div>
  );
}
