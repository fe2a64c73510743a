// The websites of the order in the review summary: registry facts, the chosen cloud service and the principal.
import type { CloudServiceRef, FilingDetail } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../../../i18n/list.ts';
import { certTypeLabel } from '../../components/labels.ts';
import { FactList, SummarySection } from './summary-section.tsx';

type Website = FilingDetail['websites'][number];
type Props = { filing: FilingDetail; editTo?: string; cloudLabel: (ref: CloudServiceRef | null) => string | null };

export function ReviewWebsites({ filing, editTo, cloudLabel }: Props) {
  const { t } = useTranslation();
  const principalText = (principal: Website['principal']) => {
    if (!principal) return t('submission.website.notSet');
    if (principal.sameAsSubject) return t('submission.website.sameAsSubject');
    const cert = [certTypeLabel(principal.certType), principal.certNumberMasked].filter(Boolean).join(' ');
    return t('submission.website.person', { name: principal.name ?? '', cert });
  };
  return (
    <SummarySection title={t('submission.sections.websites')} editTo={editTo}>
      {filing.websites.length === 0 ? <p className="summary-empty">{t('submission.empty')}</p> : null}
      {filing.websites.map((website, index) => (
        <div key={website.websiteFilingNo} className="summary-website">
          <h3 className="summary-website__title">
            {t('submission.website.title', { index: index + 1, name: website.name })}
          </h3>
          <FactList
            facts={[
              { label: t('filing.websites.websiteFilingNo'), value: website.websiteFilingNo, mono: true },
              { label: t('filing.websites.domains'), value: listOf(website.domains) },
              { label: t('filing.websites.homepage'), value: website.homepageUrl ?? t('filing.websites.none') },
              { label: t('submission.website.cloudService'), value: cloudLabel(website.cloudService) },
              { label: t('submission.website.principal'), value: principalText(website.principal) },
            ]}
          />
        </div>
      ))}
    </SummarySection>
  );
}
