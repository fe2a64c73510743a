// COMPLETED: the filing as the MIIT registry now lists it (subject filing number, name, principal; each website's
// filing number, domains, homepage and access providers, this provider marked) and that the site may be served here.
import type { FiledView } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../../components/ui/alert.tsx';
import { Card } from '../../../../components/ui/card.tsx';
import { listOf } from '../../../../i18n/list.ts';

function Providers({ providers, ours }: { providers: readonly string[]; ours: string }) {
  const { t } = useTranslation();
  return (
    <ul className="progress-filed__providers">
      {providers.map((name) => (
        <li key={name}>
          {name}
          {name === ours ? <strong>{t('progress.filed.thisProvider')}</strong> : null}
        </li>
      ))}
    </ul>
  );
}

export function FiledViewCard({ view }: { view: FiledView }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert tone="success">
        <p>{t('progress.filed.note')}</p>
      </Alert>
      <Card title={t('progress.filed.title')} className="progress-filed">
        <p className="muted">{t('progress.filed.completedAt', { time: formatBeijing(view.completedAt) })}</p>
        <dl className="progress-filed__list">
          <dt>{t('progress.filed.subjectFilingNo')}</dt>
          <dd>{view.subject.subjectFilingNo}</dd>
          <dt>{t('progress.filed.subjectName')}</dt>
          <dd>{view.subject.name}</dd>
          <dt>{t('progress.filed.principal')}</dt>
          <dd>{view.subject.principalName}</dd>
        </dl>
        {view.websites.map((site) => (
          <section key={site.websiteFilingNo} className="progress-filed__website" aria-label={site.name}>
            <h3>{site.name}</h3>
            <dl className="progress-filed__list">
              <dt>{t('progress.filed.websiteFilingNo')}</dt>
              <dd>{site.websiteFilingNo}</dd>
              <dt>{t('progress.filed.domains')}</dt>
              <dd>{listOf(site.domains)}</dd>
              <dt>{t('progress.filed.homepage')}</dt>
              <dd>{site.homepageUrl}</dd>
              <dt>{t('progress.filed.providers')}</dt>
              <dd>
                <Providers providers={site.accessProviders} ours={view.provider} />
              </dd>
            </dl>
          </section>
        ))}
      </Card>
    </>
  );
}
