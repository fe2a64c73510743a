// The frame of "not found" and "something went wrong": inside a console it is plain content, on its own it
// brings the product name and a main landmark.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/ui/brand.tsx';
import { usePageTitle } from '../../components/ui/use-page-title.ts';

type StatusPageProps = { title: string; heading: string; children: ReactNode; standalone?: boolean };

export function StatusPage({ title, heading, children, standalone = false }: StatusPageProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  const content = (
    <div className="status-page">
      <h1 className="status-page__heading">{heading}</h1>
      {children}
    </div>
  );
  if (!standalone) return content;
  return (
    <div className="status-frame">
      <header className="status-frame__top">
        <Brand name={t('common.appName')} />
      </header>
      <main id="main" className="status-frame__main" tabIndex={-1}>
        {content}
      </main>
    </div>
  );
}
